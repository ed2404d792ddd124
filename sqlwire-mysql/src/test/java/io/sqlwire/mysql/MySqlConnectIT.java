package io.sqlwire.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.Connection;
import io.sqlwire.InterfaceException;
import io.sqlwire.OperationalException;
import io.sqlwire.Sqlwire;
import io.sqlwire.SqlwireException;
import io.sqlwire.testkit.FaultProxy;
import io.sqlwire.testkit.Harness;
import io.sqlwire.testkit.RequiresHarness;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Connecting: hosts, roles, TLS, auth plugins and failures, on the harness MariaDB and MySQL 8. */
@RequiresHarness
@Timeout(60)
class MySqlConnectIT {
    static final Harness H = Harness.current();

    static String tls(String mode) {
        return "connect_timeout=10&sslmode=" + mode + "&sslrootcert=" + H.caCert();
    }

    @Test
    void wrongPasswordIsReportedNotHidden() {
        String uri = "mysql://test:wrong@localhost:" + H.myReplicaPort() + ",localhost:" + H.myPrimaryPort()
                + "/test?connect_timeout=10";
        assertThatThrownBy(() -> Sqlwire.connect(uri))
                .isInstanceOf(OperationalException.class)
                .hasMessageContaining("Access denied for user 'test'")
                .satisfies(e -> {
                    assertThat(((SqlwireException) e).sqlState()).isEqualTo("28000");
                    assertThat(((SqlwireException) e).vendorCode()).isEqualTo(1045);
                });
    }

    @Test
    void targetSessionAttrsSkipsTheReplica() {
        String hosts = "mysql://test:test@localhost:" + H.myReplicaPort() + ",localhost:" + H.myPrimaryPort()
                + "/test?connect_timeout=10&target_session_attrs=";
        try (Connection c = Sqlwire.connect(hosts + "read-write")) {
            assertThat(c.port()).isEqualTo(H.myPrimaryPort());
        }
        try (Connection c = Sqlwire.connect(hosts + "standby")) {
            assertThat(c.port()).isEqualTo(H.myReplicaPort());
        }
        try (Connection c = Sqlwire.connect(hosts + "any")) {
            assertThat(c.port()).isEqualTo(H.myReplicaPort());
        }
        String primaryOnly = "mysql://test:test@localhost:" + H.myPrimaryPort() + "/test?connect_timeout=10"
                + "&target_session_attrs=";
        assertThatThrownBy(() -> Sqlwire.connect(primaryOnly + "read-only"))
                .isInstanceOf(OperationalException.class).hasMessageContaining("is a read-write primary");
        try (Connection c = Sqlwire.connect(primaryOnly + "prefer-standby")) {
            assertThat(c.port()).isEqualTo(H.myPrimaryPort());
        }
    }

    @Test
    void closedPortThenWorkingHost() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        try (Connection c = Sqlwire.connect("mysql://test:test@127.0.0.1:" + closed + ",localhost:" + H.myPrimaryPort()
                + "/test?connect_timeout=10")) {
            assertThat(c.port()).isEqualTo(H.myPrimaryPort());
        }
    }

    @Test
    void unixSocket() {
        try (Connection c = Sqlwire.connect("mysql://test:test@localhost/test?unix_socket=" + H.myPrimarySocket())) {
            assertThat(c.queryOne("select 1").get(0, Long.class)).isEqualTo(1L);
        }
    }

    @Test
    void tlsVerifyFull() {
        try (Connection c = Sqlwire.connect(H.myUri("ssl_user", "ssl_pw", "test", tls("verify-full")))) {
            assertThat(c.queryOne("show status like 'Ssl_version'").get(1, String.class)).startsWith("TLSv1.");
        }
        String wrongHost = "mysql://test:test@127.0.0.2:" + H.myPrimaryPort() + "/test?" + tls("verify-full");
        assertThatThrownBy(() -> Sqlwire.connect(wrongHost))
                .isInstanceOf(OperationalException.class)
                .hasMessageContaining("does not match host name \"127.0.0.2\"");
        String wrongCa = H.myUri("test", "test", "test", "connect_timeout=10&sslmode=verify-ca&sslrootcert="
                + H.otherCaCert());
        assertThatThrownBy(() -> Sqlwire.connect(wrongCa)).isInstanceOf(OperationalException.class);
    }

    @Test
    void sslUserNeedsTls() {
        assertThatThrownBy(() -> Sqlwire.connect(H.myUri("ssl_user", "ssl_pw", "test", "sslmode=disable")))
                .isInstanceOf(OperationalException.class).hasMessageContaining("Access denied");
    }

    @Test
    void authPlugins() {
        check(H.myUri("native_user", "native_pw", "test", "sslmode=disable"), "native_user");
        check(H.myUri("ed_user", "ed_pw", null, "sslmode=disable"), "ed_user");
        check(H.mysql8Uri("native_user", "native_pw", "test", "sslmode=disable"), "native_user");
        check(H.mysql8Uri("sha2_user", "sha2_pw", null, tls("verify-full")), "sha2_user");
        check(H.mysql8Uri("sha2_user", "sha2_pw", null, "sslmode=disable&allow_public_key_retrieval=true"),
                "sha2_user");
        check(H.mysql8Uri("sha256_user", "sha256_pw", null, tls("require")), "sha256_user");
        check(H.mysql8Uri("sha256_user", "sha256_pw", null, "sslmode=disable&allow_public_key_retrieval=true"),
                "sha256_user");
    }

    /** Fresh users, so the first login takes the full-auth path without flushing the shared server's cache. */
    @Test
    void cachingSha2FullAuthWithRsaForAFreshUser() {
        String suffix = Long.toHexString(System.nanoTime() & 0xFFFFFF);
        String withKey = "tck_rsa_" + suffix;
        String without = "tck_norsa_" + suffix;
        try (Connection admin = Sqlwire.connect(H.mysql8Uri("admin", "admin", null, tls("require")
                + "&autocommit=true"))) {
            for (String u : new String[] {withKey, without}) {
                admin.execute("create user '" + u + "'@'%' identified with caching_sha2_password by 'pw_" + u + "'");
            }
            try {
                String plain = "sslmode=disable&connect_timeout=10";
                check(H.mysql8Uri(withKey, "pw_" + withKey, null, plain + "&allow_public_key_retrieval=true"), withKey);
                check(H.mysql8Uri(withKey, "pw_" + withKey, null, plain), withKey); // now cached: fast auth
                assertThatThrownBy(() -> check(H.mysql8Uri(without, "pw_" + without, null, plain), without))
                        .isInstanceOf(OperationalException.class)
                        .hasMessageContaining("allow_public_key_retrieval")
                        .hasMessageNotContaining("pw_" + without);
            } finally {
                admin.execute("drop user '" + withKey + "'@'%', '" + without + "'@'%'");
            }
        }
    }

    @Test
    void serverGoneMidQueryIsATransientOperationalError() throws Exception {
        try (FaultProxy proxy = FaultProxy.start("127.0.0.1", H.myPrimaryPort())) {
            Connection c = Sqlwire.connect("mysql://test:test@127.0.0.1:" + proxy.port()
                    + "/test?connect_timeout=5&read_timeout=20");
            CompletableFuture<Object> q = CompletableFuture.supplyAsync(() -> c.query("select sleep(10)"));
            Thread.sleep(500);
            proxy.cut();
            assertThatThrownBy(() -> q.get(15, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(OperationalException.class)
                    .satisfies(e -> {
                        SqlwireException cause = (SqlwireException) e.getCause();
                        assertThat(cause.isTransient()).isTrue();
                        assertThat(cause.vendorCode()).isEqualTo(2013);
                        assertThat(cause.getMessage()).startsWith("lost connection to the MySQL server during query");
                    });
            assertThat(c.isClosed()).isTrue();
            assertThatThrownBy(c::ping).isInstanceOf(InterfaceException.class);
            c.close();
        }
    }

    @Test
    void killedConnectionIsDetected() {
        try (Connection c = Sqlwire.connect(H.myUri("test", "test", "test", "connect_timeout=5"));
                Connection other = Sqlwire.connect(H.myUri("admin", "admin", null, "autocommit=true"))) {
            long id = c.queryOne("select connection_id()").get(0, Long.class);
            other.execute("kill connection " + id);
            assertThatThrownBy(() -> c.queryOne("select 1")).isInstanceOf(OperationalException.class)
                    .satisfies(e -> assertThat(((SqlwireException) e).isTransient()).isTrue());
            assertThat(c.isClosed()).isTrue();
        }
    }

    private static void check(String uri, String user) {
        try (Connection c = Sqlwire.connect(uri)) {
            assertThat(c.queryOne("select current_user()").get(0, String.class)).startsWith(user + "@");
        }
    }

    @Test
    void autoReconnectRestoresTheSessionButNeverInsideATransaction() {
        try (FaultProxy proxy = FaultProxy.start("127.0.0.1", H.myPrimaryPort());
                Connection c = Sqlwire.connect("mysql://test:test@127.0.0.1:" + proxy.port()
                        + "/test?connect_timeout=5&auto_reconnect=true&sql_mode=ANSI_QUOTES")) {
            c.selectDatabase("information_schema");
            long first = c.queryOne("select connection_id()").get(0, Long.class);
            c.commit();
            proxy.cut();
            assertThatThrownBy(() -> c.queryOne("select 1")).isInstanceOf(OperationalException.class)
                    .satisfies(e -> assertThat(((SqlwireException) e).vendorCode()).isEqualTo(2013));
            assertThat(c.isClosed()).isFalse();
            var row = c.queryOne("select connection_id(), database(), @@autocommit, @@sql_mode");
            assertThat(row.get(0, Long.class)).isNotEqualTo(first);
            assertThat(row.get(1)).isEqualTo("information_schema");
            assertThat(row.get(2, Long.class)).isZero();
            assertThat(row.get(3, String.class)).contains("ANSI_QUOTES");

            c.execute("create temporary table test.tck_t (k int)");
            c.execute("insert into test.tck_t values (1)");
            proxy.cut();
            assertThatThrownBy(() -> c.execute("insert into test.tck_t values (2)"))
                    .isInstanceOf(OperationalException.class);
            assertThatThrownBy(() -> c.execute("insert into test.tck_t values (3)"))
                    .isInstanceOf(OperationalException.class)
                    .hasMessageContaining("lost inside a transaction")
                    .satisfies(e -> assertThat(((SqlwireException) e).sqlState()).isEqualTo("08007"));
            assertThat(c.queryOne("select 5").get(0, Long.class)).isEqualTo(5L);
        }
    }
}
