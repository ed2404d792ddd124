package io.sqlwire.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.sqlwire.ConnectOptions;
import io.sqlwire.OperationalException;
import io.sqlwire.SqlwireException;
import io.sqlwire.core.transport.TlsInfo;
import io.sqlwire.testkit.Harness;
import io.sqlwire.testkit.RequiresHarness;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** PostgreSQL 18 (zonky binaries, see {@link EmbeddedPg}): direct TLS and protocol 3.2 long cancel keys. */
@RequiresHarness
@Timeout(180)
class Pg18IT {
    static final Harness H = Harness.current();
    static EmbeddedPg server;

    @BeforeAll
    static void start() {
        server = EmbeddedPg.start(H);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void connectsAndQueries() {
        try (PgConnection c = server.connect(H, "")) {
            assertThat(c.serverVersion()).startsWith("18.");
            assertThat(c.queryOne("select current_setting('server_version_num')::int, ?::int + 1", 41).get(1))
                    .isEqualTo(42);
            assertThat(c.queryOne("select ssl from pg_stat_ssl where pid = pg_backend_pid()").get(0)).isEqualTo(true);
        }
    }

    @Test
    void directTlsWithVerifyFullNegotiatesAlpnPostgresql() {
        try (PgConnection c = server.connect(H, "sslnegotiation=direct")) {
            TlsInfo tls = c.session().transport().tlsInfo().orElseThrow();
            assertThat(tls.applicationProtocol()).isEqualTo("postgresql");
            assertThat(c.queryOne("select ssl from pg_stat_ssl where pid = pg_backend_pid()").get(0)).isEqualTo(true);
        }
        // the same options against PG 15, which knows no direct TLS: proof that no SSLRequest was sent
        String pg15 = H.pgUri("test", "test", "test", "sslnegotiation=direct&sslmode=verify-full&sslrootcert="
                + H.caCert() + "&connect_timeout=10");
        assertThatThrownBy(() -> new PgDriver().connect(ConnectOptions.parse(pg15)).close())
                .isInstanceOf(OperationalException.class);
    }

    @Test
    void protocol32GivesALongCancelKeyAndCancelWorks() throws Exception {
        try (PgConnection old = server.connect(H, "max_protocol_version=3.0")) {
            assertThat(old.session().parameters().keyData().secretKey()).hasSize(4);
        }
        try (PgConnection c = server.connect(H, "max_protocol_version=3.2&autocommit=true");
                PgConnection watcher = server.connect(H, "autocommit=true")) {
            assertThat(c.session().parameters().keyData().secretKey()).hasSize(32);
            int pid = c.backendPid();
            CompletableFuture<Throwable> sleeping = CompletableFuture.supplyAsync(
                    () -> catchThrowable(() -> c.execute("select pg_sleep(20)")), Thread.ofVirtual()::start);
            while (!Boolean.TRUE.equals(watcher.queryOne("select exists (select 1 from pg_stat_activity where pid = ?"
                    + " and state = 'active' and query like '%pg_sleep(20)%')", pid).get(0))) {
                Thread.sleep(20);
            }
            c.cancel();
            Throwable failure = sleeping.get(15, TimeUnit.SECONDS);
            assertThat(failure).isInstanceOf(SqlwireException.class);
            assertThat(((SqlwireException) failure).sqlState()).isEqualTo("57014");
            assertThat(c.queryOne("select 1").get(0)).isEqualTo(1);
        }
    }
}
