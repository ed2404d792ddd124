package io.sqlwire.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.Connection;
import io.sqlwire.Cursor;
import io.sqlwire.InterfaceException;
import io.sqlwire.ProgrammingException;
import io.sqlwire.Row;
import io.sqlwire.Sqlwire;
import io.sqlwire.Warning;
import io.sqlwire.testkit.Harness;
import io.sqlwire.testkit.RequiresHarness;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Session operations and result handling on the harness MariaDB primary. */
@RequiresHarness
@Timeout(60)
class MySqlSessionIT {

    static Connection connect(String extra) {
        return Sqlwire.connect(Harness.current().myUri("test", "test", "test", "connect_timeout=10" + extra));
    }

    @Test
    void multiStatementTextGivesSeveralResults() {
        try (Connection c = connect(""); Cursor cur = c.cursor()) {
            cur.execute("select 1 as a; do 1; select 'x' as b union all select 'y'");
            assertThat(cur.fetchall()).extracting(r -> r.get(0, Long.class)).containsExactly(1L);
            assertThat(cur.nextset()).isTrue();
            assertThat(cur.description()).isEmpty();
            assertThat(cur.nextset()).isTrue();
            assertThat(cur.description().get(0).name()).isEqualTo("b");
            assertThat(cur.fetchone().get(0)).isEqualTo("x");
            assertThat(cur.nextset()).isFalse();
            assertThat(c.queryOne("select 2").get(0, Long.class)).isEqualTo(2L);
        }
    }

    @Test
    void storedProcedureResultsComeThroughNextset() {
        try (Connection c = connect("&autocommit=true")) {
            c.execute("create or replace procedure tck_two() begin select 1 as x; select 2 as y; end");
            try (Cursor cur = c.cursor()) {
                cur.execute("call tck_two()");
                assertThat(cur.fetchone().get("x", Long.class)).isEqualTo(1L);
                assertThat(cur.nextset()).isTrue();
                assertThat(cur.fetchone().get("y", Long.class)).isEqualTo(2L);
                assertThat(cur.nextset()).isTrue(); // the procedure's own OK
                assertThat(cur.description()).isEmpty();
                assertThat(cur.nextset()).isFalse();
            } finally {
                c.execute("drop procedure tck_two");
            }
        }
    }

    @Test
    void largeResultStreamsWithSmallFetchmany() {
        try (Connection c = connect(""); Cursor cur = c.cursor()) {
            cur.execute("select seq, repeat('x', 100) from seq_1_to_200000");
            long seen = 0;
            for (List<Row> batch = cur.fetchmany(7); !batch.isEmpty(); batch = cur.fetchmany(7)) {
                assertThat(batch.size()).isLessThanOrEqualTo(7);
                seen += batch.size();
                assertThat(batch.get(batch.size() - 1).get(0, Long.class)).isEqualTo(seen);
            }
            assertThat(seen).isEqualTo(200_000);
            assertThat(cur.rowcount()).isEqualTo(200_000);
        }
    }

    @Test
    void anAbandonedStreamIsDrainedBeforeTheNextCommand() {
        try (Connection c = connect("")) {
            Cursor first = c.cursor();
            first.execute("select seq from seq_1_to_50000");
            assertThat(first.fetchmany(3)).hasSize(3);
            assertThat(c.queryOne("select 42").get(0, Long.class)).isEqualTo(42L);
            assertThatThrownBy(first::fetchone).isInstanceOf(ProgrammingException.class)
                    .hasMessageContaining("discarded");
            first.execute("select seq from seq_1_to_10");
            first.close();
            c.ping();
            assertThat(c.queryOne("select 43").get(0, Long.class)).isEqualTo(43L);
        }
    }

    @Test
    void noBackslashEscapesIsHonoured() {
        try (Connection c = connect("&sql_mode=NO_BACKSLASH_ESCAPES")) {
            String s = "back\\slash 'q' \\'";
            assertThat(c.queryOne("select ? as v", s).get(0)).isEqualTo(s);
            assertThat(c.literal(s)).isEqualTo("'back\\slash ''q'' \\'''");
            c.execute("set sql_mode=''");
            assertThat(c.literal(s)).isEqualTo("'back\\\\slash \\'q\\' \\\\\\''");
            assertThat(c.queryOne("select ? as v", s).get(0)).isEqualTo(s);
        }
    }

    @Test
    void pingSelectDatabaseAndWarnings() {
        try (Connection c = connect("")) {
            c.ping();
            assertThat(c.database()).isEqualTo("test");
            c.selectDatabase("information_schema");
            assertThat(c.database()).isEqualTo("information_schema");
            c.execute("use test");
            assertThat(c.database()).isEqualTo("test");
            assertThatThrownBy(() -> c.selectDatabase("tck_no_such_db")).isInstanceOf(ProgrammingException.class);
            try (Cursor cur = c.cursor()) {
                cur.execute("select cast('x1' as unsigned)");
                cur.fetchall();
                List<Warning> w = cur.warnings();
                assertThat(w).isNotEmpty();
                assertThat(w.get(0).code()).isEqualTo(1292);
                assertThat(w.get(0).level()).isEqualTo("Warning");
            }
            assertThat(c.warnings()).isNotEmpty();
            c.execute("do 1");
            assertThat(c.warnings()).isEmpty();
        }
    }

    @Test
    void resetRestoresTheSessionSettings() {
        try (Connection c = connect("")) {
            c.execute("set @v = 5");
            ((MySqlConnection) c).reset();
            assertThat(c.queryOne("select @v").isNull(0)).isTrue();
            assertThat(c.queryOne("select @@autocommit").get(0, Long.class)).isZero();
            assertThat(c.database()).isEqualTo("test");
        }
    }

    @Test
    void reconnectIsRefusedInATransactionAndRestoresTheSession() {
        try (Connection c = connect("")) {
            c.execute("create temporary table tck_tmp (k int)");
            c.execute("insert into tck_tmp values (1)");
            assertThatThrownBy(c::reconnect).isInstanceOf(InterfaceException.class)
                    .hasMessageContaining("transaction");
            c.rollback();
            long before = c.queryOne("select connection_id()").get(0, Long.class);
            c.commit();
            c.selectDatabase("information_schema");
            c.reconnect();
            assertThat(c.queryOne("select connection_id()").get(0, Long.class)).isNotEqualTo(before);
            assertThat(c.database()).isEqualTo("information_schema");
            assertThat(c.queryOne("select @@autocommit").get(0, Long.class)).isZero();
        }
    }

    @Test
    void changeUserSwitchesIdentityAndKeepsTheOldOneOnFailure() {
        try (Connection c = connect("")) {
            c.changeUser("native_user", "native_pw", null);
            assertThat(c.queryOne("select current_user()").get(0, String.class)).startsWith("native_user@");
            assertThat(c.user()).isEqualTo("native_user");
            assertThatThrownBy(() -> c.changeUser("native_user", "wrong", null))
                    .isInstanceOf(io.sqlwire.OperationalException.class)
                    .satisfies(e -> assertThat(((io.sqlwire.SqlwireException) e).vendorCode()).isEqualTo(1045));
            assertThat(c.isClosed()).isFalse();
            assertThat(c.queryOne("select current_user()").get(0, String.class)).startsWith("native_user@");
        }
    }

    @Test
    void lastrowidAndRowcountComeFromOk() {
        try (Connection c = connect(""); Cursor cur = c.cursor()) {
            cur.execute("create temporary table tck_ai (id bigint auto_increment primary key, s text)");
            cur.execute("insert into tck_ai (s) values (?), (?)", "a", "b");
            assertThat(cur.rowcount()).isEqualTo(2);
            assertThat(cur.lastrowid()).isEqualTo(1L);
            cur.execute("insert into tck_ai (id, s) values (100, 'c')");
            assertThat(cur.lastrowid()).isEqualTo(100L);
            cur.execute("update tck_ai set s = 'z'");
            assertThat(cur.rowcount()).isEqualTo(3);
        }
    }

    @Test
    void valuesDecodeToJavaTypes() {
        try (Connection c = connect("")) {
            Row r = c.queryOne("select cast(18446744073709551615 as unsigned), 1.25, 2.5e0, x'00ff', 'é', null");
            assertThat(r.get(0)).isEqualTo(new java.math.BigInteger("18446744073709551615"));
            assertThat(r.get(1)).isEqualTo(new java.math.BigDecimal("1.25"));
            assertThat(r.get(2)).isEqualTo(2.5);
            assertThat((byte[]) r.get(3)).containsExactly(0, 0xFF);
            assertThat(r.get(4)).isEqualTo("é");
            assertThat(r.get(5)).isNull();
        }
    }

    @Test
    void preparedStatementsRunWithTheBinaryProtocol() {
        try (Connection c = connect("&prepare_threshold=2")) {
            long before = executions(c);
            String sql = "select ?, ?, ?, ?, ?, ?, cast(18446744073709551615 as unsigned), 1.25, x'00ff'";
            Object[] args = {7L, "é'\\", 2.5, java.time.LocalDate.of(2024, 2, 29), null, new byte[] {1, 2}};
            for (int i = 0; i < 3; i++) {
                Row r = c.queryOne(sql, args);
                assertThat(r.get(0, Long.class)).isEqualTo(7L);
                assertThat(r.get(1)).isEqualTo("é'\\");
                assertThat(r.get(2, Double.class)).isEqualTo(2.5);
                assertThat(r.get(3, java.time.LocalDate.class)).isEqualTo(java.time.LocalDate.of(2024, 2, 29));
                assertThat(r.isNull(4)).isTrue();
                assertThat(r.get(5, byte[].class)).containsExactly(1, 2);
                assertThat(r.get(6)).isEqualTo(new java.math.BigInteger("18446744073709551615"));
                assertThat(r.get(7)).isEqualTo(new java.math.BigDecimal("1.25"));
                assertThat((byte[]) r.get(8)).containsExactly(0, 0xFF);
            }
            // the first run used the text protocol, the next two the prepared statement
            assertThat(executions(c) - before).isGreaterThanOrEqualTo(2);
            assertThatThrownBy(() -> c.query(sql, 1)).isInstanceOf(ProgrammingException.class);
        }
    }

    private static long executions(Connection c) {
        return Long.parseLong(c.queryOne("show session status like 'Com_stmt_execute'").get(1, String.class));
    }

    @Test
    void loadDataLocalInfileFromTheAllowedDirectory(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path csv = dir.resolve("rows.csv");
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= 20000; i++) {
            b.append(i).append(",row ").append(i).append('\n');
        }
        java.nio.file.Files.writeString(csv, b);
        try (Connection c = connect("&local_infile=true&local_infile_dir=" + dir)) {
            c.execute("create temporary table tck_li (n int, s varchar(50))");
            assertThat(c.execute("load data local infile '" + csv + "' into table tck_li fields terminated by ','"))
                    .isEqualTo(20000);
            assertThat(c.queryOne("select count(*), max(n) from tck_li").get(1, Long.class)).isEqualTo(20000L);
        }
        try (Connection off = connect("")) {
            off.execute("create temporary table tck_li (n int, s varchar(50))");
            assertThatThrownBy(() -> off.execute("load data local infile '" + csv + "' into table tck_li"))
                    .isInstanceOf(io.sqlwire.DatabaseException.class);
            assertThat(off.queryOne("select count(*) from tck_li").get(0, Long.class)).isZero();
        }
    }

    @Test
    void executemanyInsertsAsMultiRowStatements() {
        try (Connection c = connect(""); Cursor cur = c.cursor()) {
            cur.execute("create temporary table tck_em (id bigint auto_increment primary key, n int, s text)");
            List<Object[]> sets = new java.util.ArrayList<>();
            for (int i = 0; i < 5000; i++) {
                sets.add(new Object[] {i, i % 7 == 0 ? null : "v'" + i});
            }
            long before = Long.parseLong(c.queryOne("show session status like 'Com_insert'").get(1, String.class));
            cur.executemany("insert into tck_em (n, s) values (?, ?)", sets);
            assertThat(cur.rowcount()).isEqualTo(5000);
            long after = Long.parseLong(c.queryOne("show session status like 'Com_insert'").get(1, String.class));
            assertThat(after - before).isLessThan(10);
            assertThat(c.queryOne("select count(*), sum(s is null), max(n) from tck_em").get(2, Long.class))
                    .isEqualTo(4999L);
            assertThat(c.queryOne("select s from tck_em where n = 5").get(0)).isEqualTo("v'5");
        }
    }

    @Test
    void statementTimeoutInterruptsTheStatementAndKeepsTheConnection() {
        try (Connection c = connect("&statement_timeout=1")) {
            assertThatThrownBy(() -> c.query("select sleep(5)"))
                    .isInstanceOf(io.sqlwire.OperationalException.class)
                    .satisfies(e -> {
                        assertThat(((io.sqlwire.SqlwireException) e).vendorCode()).isEqualTo(1969);
                        assertThat(((io.sqlwire.SqlwireException) e).isTransient()).isTrue();
                    });
            assertThat(c.isClosed()).isFalse();
            assertThat(c.queryOne("select 1").get(0, Long.class)).isEqualTo(1L);
        }
    }

    @Test
    void autocommitFollowsTheServerFlags() {
        try (Connection c = connect("")) {
            assertThat(c.autocommit()).isFalse();
            c.execute("set autocommit = 1");
            assertThat(c.autocommit()).isTrue();
            c.setAutocommit(false);
            assertThat(c.autocommit()).isFalse();
            assertThat(c.queryOne("select @@autocommit").get(0, Long.class)).isZero();
        }
    }
}
