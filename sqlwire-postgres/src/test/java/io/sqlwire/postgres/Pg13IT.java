package io.sqlwire.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.ConnectOptions;
import io.sqlwire.Connection;
import io.sqlwire.OperationalException;
import io.sqlwire.testkit.Harness;
import io.sqlwire.testkit.RequiresHarness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * PostgreSQL 13 (zonky binaries from the local Maven repository, see {@link EmbeddedPg}): it reports
 * neither {@code in_hot_standby} nor {@code default_transaction_read_only}, so target_session_attrs
 * falls back to {@code SHOW transaction_read_only} and {@code pg_is_in_recovery()}.
 */
@RequiresHarness
@Timeout(240)
class Pg13IT {
    static final Harness H = Harness.current();
    static final String VERSION = "13.23.0";
    static EmbeddedPg server;

    @BeforeAll
    static void start() {
        server = EmbeddedPg.start(H, VERSION);
        try (Connection c = new PgDriver().connect(ConnectOptions.parse(server.uri(H, "postgres", "postgres",
                "postgres", "autocommit=true")))) {
            c.execute("CREATE ROLE ro LOGIN PASSWORD 'ro'");
            c.execute("GRANT CONNECT ON DATABASE test TO ro");
            c.execute("ALTER ROLE ro SET default_transaction_read_only = on");
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static PgConnection connect(String user, String attrs) {
        return (PgConnection) new PgDriver().connect(ConnectOptions.parse(server.uri(H, user, user, "test",
                "target_session_attrs=" + attrs)));
    }

    @Test
    void reportsNoHotStandbyParameters() {
        try (PgConnection c = connect("test", "any")) {
            assertThat(c.serverVersion()).startsWith("13.");
            assertThat(c.session().parameters().inHotStandby()).isNull();
            assertThat(c.session().parameters().defaultTransactionReadOnly()).isNull();
        }
    }

    @Test
    void aWritablePrimaryIsAcceptedAsReadWriteAndPrimaryOnly() {
        for (String attrs : new String[] {"read-write", "primary", "prefer-standby", "any"}) {
            try (PgConnection c = connect("test", attrs)) {
                assertThat(c.queryOne("select 1").get(0)).as(attrs).isEqualTo(1);
            }
        }
        for (String attrs : new String[] {"standby", "read-only"}) {
            assertThatThrownBy(() -> connect("test", attrs).close()).as(attrs)
                    .isInstanceOf(OperationalException.class).hasMessageContaining(String.valueOf(server.port()));
        }
    }

    @Test
    void aReadOnlySessionOnAPrimaryIsReadOnlyAndPrimaryButNotReadWriteOrStandby() {
        for (String attrs : new String[] {"read-only", "primary"}) {
            try (PgConnection c = connect("ro", attrs)) {
                assertThat(c.queryOne("show transaction_read_only").get(0)).as(attrs).isEqualTo("on");
            }
        }
        for (String attrs : new String[] {"read-write", "standby"}) {
            assertThatThrownBy(() -> connect("ro", attrs).close()).as(attrs)
                    .isInstanceOf(OperationalException.class);
        }
    }
}
