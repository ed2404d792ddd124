package io.sqlwire.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.Connection;
import io.sqlwire.Cursor;
import io.sqlwire.DataException;
import io.sqlwire.IntegrityException;
import io.sqlwire.InterfaceException;
import io.sqlwire.IsolationLevel;
import io.sqlwire.NotSupportedException;
import io.sqlwire.ProgrammingException;
import io.sqlwire.SqlwireException;
import io.sqlwire.Transaction;
import io.sqlwire.TransactionOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** SQLite-specific behaviour of one connection: scripts, lastrowid, errors, transactions, reconnect. */
class SqliteSessionTest {

    private final Connection conn = new SqliteDriver().connect(
            SqliteTestOptions.options(":memory:", Map.of("foreign_keys", "true")));

    @AfterEach
    void close() {
        conn.close();
    }

    private static SqlwireException error(Runnable action) {
        try {
            action.run();
        } catch (SqlwireException e) {
            return e;
        }
        throw new AssertionError("no exception");
    }

    @Test
    void scriptsRunEveryStatementAndNextsetWalksTheResults() {
        try (Cursor c = conn.cursor()) {
            c.execute("create table t (k integer); insert into t values (1), (2); select k from t order by k;"
                    + " select count(*) from t; -- done");
            assertThat(c.description()).isEmpty();
            assertThat(c.nextset()).isTrue();
            assertThat(c.rowcount()).isEqualTo(2);
            assertThat(c.nextset()).isTrue();
            assertThat(c.fetchall()).extracting(r -> r.get(0)).containsExactly(1L, 2L);
            assertThat(c.nextset()).isTrue();
            assertThat(c.fetchone().get(0)).isEqualTo(2L);
            assertThat(c.nextset()).isFalse();
            assertThat(c.fetchone()).isNull();
        }
        assertThatThrownBy(() -> conn.execute("select ?; select ?", 1, 2))
                .isInstanceOf(ProgrammingException.class).hasMessageContaining("single statement");
        assertThatThrownBy(() -> conn.execute(" -- nothing")).isInstanceOf(ProgrammingException.class);
        assertThatThrownBy(() -> conn.cursor().executemany("select 1; select 2", List.of()))
                .isInstanceOf(ProgrammingException.class);
    }

    @Test
    @Timeout(60)
    void rowsStreamInsteadOfBeingReadAhead() {
        // an endless result: only a cursor that fetches on demand can return from execute
        try (Cursor c = conn.cursor()) {
            c.execute("with recursive n(x) as (select 1 union all select x + 1 from n) select x from n");
            assertThat(c.fetchmany(3)).extracting(r -> r.get(0)).containsExactly(1L, 2L, 3L);
            assertThat(c.stream().skip(996).findFirst().orElseThrow().get(0)).isEqualTo(1000L);
            assertThat(c.rowcount()).isEqualTo(1000);
        }
    }

    @Test
    @Timeout(60)
    void aConnectionMayBeHandedBetweenVirtualThreads() throws Exception {
        conn.execute("create table t (k integer)");
        Thread writer = Thread.ofVirtual().start(() -> {
            for (int i = 0; i < 50; i++) {
                conn.execute("insert into t values (?)", i);
            }
        });
        writer.join();
        Thread committer = Thread.ofVirtual().start(conn::commit);
        committer.join();
        assertThat(conn.queryOne("select count(*) from t").get(0)).isEqualTo(50L);
    }

    @Test
    void aTriggerWithSemicolonsIsOneStatement() {
        conn.execute("create table t (k integer); create table log (k integer);"
                + " create trigger tr after insert on t begin insert into log values (new.k); end;");
        conn.execute("insert into t values (7)");
        assertThat(conn.queryOne("select k from log").get(0)).isEqualTo(7L);
    }

    @Test
    void lastrowidFollowsInserts() {
        conn.execute("create table t (id integer primary key, s text)");
        try (Cursor c = conn.cursor()) {
            assertThat(c.lastrowid()).isNull();
            c.execute("insert into t (s) values ('a')");
            assertThat(c.lastrowid()).isEqualTo(1L);
            c.executemany("insert into t (s) values (?)", List.of(new Object[] {"b"}, new Object[] {"c"}));
            assertThat(c.lastrowid()).isEqualTo(3L);
            c.execute("insert into t (id, s) values (10, 'x') returning id");
            assertThat(c.lastrowid()).isEqualTo(10L);
            assertThat(c.fetchone().get(0)).isEqualTo(10L);
            c.execute("update t set s = 'y' where id = 10");
            assertThat(c.lastrowid()).isNull();
            assertThat(c.rowcount()).isEqualTo(1);
            c.execute("create table u (k)");
            assertThat(c.rowcount()).isEqualTo(-1);
        }
    }

    @Test
    void errorsCarryCodesStatesAndSqlitesMessage() {
        conn.execute("create table p (id integer primary key); create table t (k integer primary key,"
                + " u text unique, n text not null default 'x', c integer check (c > 0), p integer references p(id))");
        SqlwireException noTable = error(() -> conn.query("select * from nope"));
        assertThat(noTable).isInstanceOf(ProgrammingException.class).hasMessage("no such table: nope");
        assertThat(noTable.sqlState()).isEqualTo("42P01");
        assertThat(noTable.vendorCode()).isEqualTo(1);
        assertThat(error(() -> conn.query("select nope from t")).sqlState()).isEqualTo("42703");
        assertThat(error(() -> conn.query("selec 1")).sqlState()).isEqualTo("42601");
        assertThat(error(() -> conn.execute("create table t (x)")).sqlState()).isEqualTo("42P07");
        conn.execute("insert into t (k, u) values (1, 'a')");
        SqlwireException dup = error(() -> conn.execute("insert into t (k, u) values (2, 'a')"));
        assertThat(dup).isInstanceOf(IntegrityException.class).hasMessage("UNIQUE constraint failed: t.u");
        assertThat(dup.vendorCode()).isEqualTo(2067);
        assertThat(dup.sqlState()).isEqualTo("23505");
        assertThat(error(() -> conn.execute("insert into t (k) values (1)")).sqlState()).isEqualTo("23505");
        assertThat(error(() -> conn.execute("insert into t (k, n) values (3, null)")).sqlState()).isEqualTo("23502");
        assertThat(error(() -> conn.execute("insert into t (k, c) values (4, 0)")).sqlState()).isEqualTo("23514");
        assertThat(error(() -> conn.execute("insert into t (k, p) values (5, 99)")).sqlState()).isEqualTo("23503");
        assertThat(error(() -> conn.query("select sum(x) from (select 9223372036854775807 as x union all select 1)")))
                .isInstanceOf(DataException.class);
    }

    @Test
    void aFailedStatementKeepsTheTransactionOpen() {
        conn.execute("create table t (k integer primary key)");
        conn.commit();
        conn.execute("insert into t values (1)");
        assertThatThrownBy(() -> conn.execute("insert into t values (1)")).isInstanceOf(IntegrityException.class);
        conn.execute("insert into t values (2)");
        conn.rollback();
        assertThat(conn.queryOne("select count(*) from t").get(0)).isEqualTo(0L);
    }

    @Test
    void transactionStatementsInSqlAreTracked() {
        conn.execute("create table t (k integer)");
        conn.setAutocommit(true);
        conn.execute("begin");
        conn.execute("insert into t values (1)");
        assertThatThrownBy(conn::reconnect).isInstanceOf(InterfaceException.class);
        conn.execute("rollback");
        conn.reconnect();
        assertThat(conn.isClosed()).isFalse();
    }

    @Test
    void pragmasOfABlockAreResetWhenItEnds() {
        try (Transaction tx = conn.transaction(TransactionOptions.isolation(IsolationLevel.READ_UNCOMMITTED)
                .withReadOnly(true))) {
            assertThat(conn.queryOne("pragma query_only").get(0)).isEqualTo(1L);
            assertThat(conn.queryOne("pragma read_uncommitted").get(0)).isEqualTo(1L);
        }
        assertThat(conn.queryOne("pragma query_only").get(0)).isEqualTo(0L);
        assertThat(conn.queryOne("pragma read_uncommitted").get(0)).isEqualTo(0L);
    }

    @Test
    void reconnectToMemoryStartsEmpty() {
        conn.execute("create table t (k integer)");
        conn.commit();
        conn.reconnect();
        assertThatThrownBy(() -> conn.query("select * from t")).isInstanceOf(ProgrammingException.class);
    }

    @Test
    void reconnectDiscardsOpenResults() {
        Cursor c = conn.cursor();
        conn.setAutocommit(true);
        c.execute("select 1 union all select 2");
        conn.reconnect();
        assertThatThrownBy(c::fetchone).isInstanceOf(ProgrammingException.class);
        c.execute("select 3");
        assertThat(c.fetchone().get(0)).isEqualTo(3L);
    }

    @Test
    void describesItself() {
        assertThat(conn.backend()).isEqualTo("sqlite");
        assertThat(conn.database()).isEqualTo(":memory:");
        assertThat(conn.host()).isNull();
        assertThat(conn.port()).isZero();
        assertThat(conn.user()).isNull();
        assertThat(conn.serverVersion()).matches("3\\.\\d+\\.\\d+.*");
        assertThat(conn.warnings()).isEmpty();
        assertThat(conn.toString()).contains(":memory:");
        assertThatThrownBy(() -> conn.changeUser("u", "p", null))
                .isInstanceOf(NotSupportedException.class).hasMessageContaining("no users");
        assertThatThrownBy(() -> conn.selectDatabase("x")).isInstanceOf(NotSupportedException.class);
    }

    @Test
    void autocommitOptionAndDefaults() {
        try (Connection c = new SqliteDriver().connect(SqliteTestOptions.options(null, Map.of("autocommit", "on")))) {
            assertThat(c.autocommit()).isTrue();
            assertThat(c.database()).isEqualTo(":memory:");
            assertThat(c.queryOne("pragma foreign_keys").get(0)).isEqualTo(0L);
            assertThat(c.queryOne("pragma busy_timeout").get(0)).isEqualTo(5000L);
        }
    }
}
