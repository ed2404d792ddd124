package io.sqlwire.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.ConnectOptions;
import io.sqlwire.Connection;
import io.sqlwire.OperationalException;
import io.sqlwire.testkit.Harness;
import io.sqlwire.testkit.RequiresHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PgDriver.connect against the harness: auth methods, TLS, Unix sockets, target_session_attrs. */
@RequiresHarness
@Timeout(60)
class PgConnectIT {
    static final Harness H = Harness.current();
    static final int PRIMARY = H.pgPrimaryPort();
    static final int STANDBY = H.pgStandbyPort();

    static Connection connect(String dsn) {
        return new PgDriver().connect(ConnectOptions.parse(dsn));
    }

    static String whoAmI(Connection c) {
        return c.queryOne("select current_user").get(0, String.class);
    }

    static String verifyFull() {
        return "sslmode=verify-full&sslrootcert=" + H.caCert();
    }

    @Test
    void scramMd5ClearAndTrustUsersLogIn() {
        try (Connection c = connect(H.pgUri("scram_user", "scram_pw", "test", "sslmode=disable"))) {
            assertThat(whoAmI(c)).isEqualTo("scram_user");
        }
        try (Connection c = connect(H.pgUri("md5_user", "md5_pw", "test", "sslmode=disable"))) {
            assertThat(whoAmI(c)).isEqualTo("md5_user");
        }
        try (Connection c = connect(H.pgUri("trust_user", null, "test", "sslmode=disable"))) {
            assertThat(whoAmI(c)).isEqualTo("trust_user");
        }
        try (Connection c = connect(H.pgUri("clear_user", "clear_pw", "test", verifyFull()))) {
            assertThat(whoAmI(c)).isEqualTo("clear_user");
        }
        try (Connection c = connect(H.pgUri("clear_user", "clear_pw", "test",
                "sslmode=disable&allow_cleartext_password=true"))) {
            assertThat(whoAmI(c)).isEqualTo("clear_user");
        }
    }

    @Test
    void cleartextPasswordIsRefusedWithoutTls() {
        assertThatThrownBy(() -> connect(H.pgUri("clear_user", "clear_pw", "test", "sslmode=disable")))
                .isInstanceOf(OperationalException.class).hasMessageContaining("allow_cleartext_password");
    }

    @Test
    void scramPlusOverVerifiedTls() {
        try (Connection c = connect(H.pgUri("scram_user", "scram_pw", "test", verifyFull() + "&channel_binding=require"))) {
            assertThat(c.queryOne("select ssl from pg_stat_ssl where pid = pg_backend_pid()").get(0, Boolean.class))
                    .isTrue();
            assertThat(((PgConnection) c).backendPid()).isPositive();
        }
    }

    @Test
    void clientCertificate() {
        try (Connection c = connect(H.pgUri("cert_user", null, "test", verifyFull() + "&sslcert=" + H.clientCert()
                + "&sslkey=" + H.clientKey()))) {
            assertThat(whoAmI(c)).isEqualTo("cert_user");
        }
    }

    @Test
    void verifyFullRefusesAHostNameTheCertificateDoesNotName() {
        String dsn = "postgresql://scram_user:scram_pw@127.0.0.2:" + PRIMARY + "/test?" + verifyFull()
                + "&connect_timeout=5";
        assertThatThrownBy(() -> connect(dsn)).isInstanceOf(OperationalException.class)
                .hasMessageContaining("127.0.0.2");
    }

    @Test
    void wrongPasswordAndUnknownUserNameTheCause() {
        assertThatThrownBy(() -> connect(H.pgUri("scram_user", "nope", "test", "sslmode=disable")))
                .isInstanceOf(OperationalException.class).hasMessageContaining("password authentication failed")
                .satisfies(e -> assertThat(((OperationalException) e).sqlState()).isEqualTo("28P01"));
        assertThatThrownBy(() -> connect(H.pgUri("no_such_user_x", "pw", "test", "sslmode=disable")))
                .isInstanceOf(OperationalException.class).hasMessageContaining("no_such_user_x");
    }

    @Test
    void unixSocket() {
        String dsn = "host=" + H.pgSocketDir() + " port=" + PRIMARY + " user=trust_user dbname=test";
        try (Connection c = connect(dsn)) {
            assertThat(whoAmI(c)).isEqualTo("trust_user");
            assertThat(c.host()).isEqualTo(H.pgSocketDir().toString());
        }
    }

    @ParameterizedTest
    @CsvSource({"any,standby", "read-write,primary", "read-only,standby", "primary,primary", "standby,standby",
            "prefer-standby,standby"})
    void targetSessionAttrsWithTheStandbyListedFirst(String attrs, String expected) {
        String dsn = "host=localhost,localhost port=" + STANDBY + "," + PRIMARY
                + " user=scram_user password=scram_pw dbname=test sslmode=disable target_session_attrs=" + attrs;
        try (Connection c = connect(dsn)) {
            boolean standby = c.queryOne("select pg_is_in_recovery()").get(0, Boolean.class);
            assertThat(standby ? "standby" : "primary").isEqualTo(expected);
            assertThat(c.port()).isEqualTo(standby ? STANDBY : PRIMARY);
        }
    }

    @Test
    void preferStandbyFallsBackToThePrimary() {
        String dsn = "host=localhost port=" + PRIMARY
                + " user=scram_user password=scram_pw dbname=test sslmode=disable target_session_attrs=prefer-standby";
        try (Connection c = connect(dsn)) {
            assertThat(c.port()).isEqualTo(PRIMARY);
        }
    }

    @Test
    void protocol32IsNegotiatedDownOnPostgres15() {
        try (Connection c = connect(H.pgUri("test", "test", "test", "sslmode=disable&max_protocol_version=latest"))) {
            assertThat(c.queryOne("select 1").get(0)).isEqualTo(1);
        }
    }

    @Test
    void passwordFromPassfileAndHostaddr(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path pass = dir.resolve("pgpass");
        java.nio.file.Files.writeString(pass, "*:" + PRIMARY + ":test:scram_user:scram_pw\n");
        java.nio.file.Files.setPosixFilePermissions(pass, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        String dsn = "host=db.invalid hostaddr=127.0.0.1 port=" + PRIMARY + " user=scram_user dbname=test sslmode=disable"
                + " passfile=" + pass;
        try (Connection c = connect(dsn)) {
            assertThat(whoAmI(c)).isEqualTo("scram_user");
            assertThat(c.host()).isEqualTo("db.invalid");
        }
    }

    @Test
    void startupParameters() {
        try (Connection c = connect(H.pgUri("test", "test", "test",
                "sslmode=disable&application_name=sqlwire-it&options=-c%20search_path%3Dpublic"))) {
            PgConnection pg = (PgConnection) c;
            assertThat(pg.parameterStatus("application_name")).isEqualTo("sqlwire-it");
            assertThat(pg.parameterStatus("client_encoding")).isEqualTo("UTF8");
            assertThat(c.queryOne("show search_path").get(0, String.class)).isEqualTo("public");
            assertThat(c.serverVersion()).startsWith("15");
        }
        assertThatThrownBy(() -> connect(H.pgUri("test", "test", "test", "sslmode=disable&client_encoding=LATIN1")))
                .isInstanceOf(io.sqlwire.InvalidOptionException.class).hasMessageContaining("client_encoding");
    }
}
