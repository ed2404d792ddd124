package io.sqlwire.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.Connection;
import io.sqlwire.Cursor;
import io.sqlwire.IntegrityException;
import io.sqlwire.ProgrammingException;
import io.sqlwire.Sqlwire;
import io.sqlwire.mysql.session.MySqlSession;
import io.sqlwire.testkit.Harness;
import io.sqlwire.testkit.RequiresHarness;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** PREPARE and the first EXECUTE in one round trip on the harness MariaDB primary. */
@RequiresHarness
@Timeout(60)
class MariaDbPipelineIT {

    static Connection connect(String uri) {
        return Sqlwire.connect(uri);
    }

    static String mariadb() {
        return Harness.current().myUri("test", "test", "test", "connect_timeout=10&autocommit=true&prepare_threshold=1");
    }

    static MySqlSession session(Connection c) {
        return ((MySqlConnection) c).session();
    }

    /** The round trips {@code call} took on the connection's session. */
    static long roundTrips(Connection c, Runnable call) {
        long before = session(c).roundTrips();
        call.run();
        return session(c).roundTrips() - before;
    }

    @Test
    void firstExecutionTakesOneRoundTrip() {
        try (Connection c = connect(mariadb()); Cursor cur = c.cursor()) {
            long prepares = Long.parseLong(c.queryOne("show session status like 'Com_stmt_prepare'").get(1).toString());
            assertThat(roundTrips(c, () -> cur.execute("select ? + 1 as a, ? as b", new Object[] {41, "x"})))
                    .isEqualTo(1);
            assertThat(cur.fetchone().get("a", Long.class)).isEqualTo(42L);
            assertThat(session(c).commandsSent()).isGreaterThanOrEqualTo(2);
            assertThat(roundTrips(c, () -> cur.execute("select ? + 1 as a, ? as b", new Object[] {1, "y"})))
                    .isEqualTo(1);
            assertThat(cur.fetchone().get("b", String.class)).isEqualTo("y");
            long after = Long.parseLong(c.queryOne("show session status like 'Com_stmt_prepare'").get(1).toString());
            assertThat(after - prepares).isEqualTo(1); // prepared once, executed twice
        }
    }

    @Test
    void anExecutionErrorKeepsTheStatementPrepared() {
        try (Connection c = connect(mariadb()); Cursor cur = c.cursor()) {
            c.execute("create temporary table pipe_t (id int primary key)");
            c.execute("insert into pipe_t values (1)");
            Supplier<Long> inserted = () -> c.queryOne("select count(*) from pipe_t").get(0, Long.class);
            assertThatThrownBy(() -> cur.execute("insert into pipe_t values (?)", new Object[] {1}))
                    .isInstanceOf(IntegrityException.class);
            assertThat(roundTrips(c, () -> cur.execute("insert into pipe_t values (?)", new Object[] {2})))
                    .isEqualTo(1);
            assertThat(cur.rowcount()).isEqualTo(1);
            assertThat(inserted.get()).isEqualTo(2L);
        }
    }

    @Test
    void aPrepareErrorFallsBackToTheTextProtocolsError() {
        try (Connection c = connect(mariadb()); Cursor cur = c.cursor()) {
            assertThatThrownBy(() -> cur.execute("selec ? from dual", new Object[] {1}))
                    .isInstanceOf(ProgrammingException.class).hasMessageContaining("selec");
            cur.execute("select ?", new Object[] {7});
            assertThat(cur.fetchone().get(0, Long.class)).isEqualTo(7L);
        }
    }

    @Test
    void mysql8PreparesInASeparateRoundTrip() {
        String uri = Harness.current().mysql8Uri("test", "test", "test", "connect_timeout=10&prepare_threshold=1");
        try (Connection c = connect(uri); Cursor cur = c.cursor()) {
            assertThat(roundTrips(c, () -> cur.execute("select ? + 1", new Object[] {1}))).isEqualTo(2);
            assertThat(cur.fetchone().get(0, Long.class)).isEqualTo(2L);
        }
    }
}
