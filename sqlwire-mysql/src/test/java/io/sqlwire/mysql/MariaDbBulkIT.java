package io.sqlwire.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlwire.Connection;
import io.sqlwire.Cursor;
import io.sqlwire.Row;
import io.sqlwire.Sqlwire;
import io.sqlwire.testkit.Harness;
import io.sqlwire.testkit.RequiresHarness;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** executemany through COM_STMT_BULK_EXECUTE on the harness MariaDB primary. */
@RequiresHarness
@Timeout(120)
class MariaDbBulkIT {
    static final int ROWS = 10_000;

    static Connection connect() {
        return Sqlwire.connect(Harness.current().myUri("test", "test", "test", "connect_timeout=10&autocommit=true"));
    }

    static long status(Connection c, String name) {
        return Long.parseLong(c.queryOne("show session status like '" + name + "'").get(1).toString());
    }

    /** Row i: NULLs every 7th row, Integer/Long alternating in one column, a decimal, a timestamp, bytes. */
    static Object[] row(int i) {
        Object n = i % 2 == 0 ? (Object) Integer.valueOf(i) : (Object) Long.valueOf(i);
        String s = i % 7 == 0 ? null : "v" + i + "'\\é";
        BigDecimal d = i % 5 == 0 ? null : BigDecimal.valueOf(i, 2);
        LocalDateTime t = LocalDateTime.of(2024, 1, 1, 0, 0).plusSeconds(i).withNano(i % 1000 * 1000);
        byte[] b = i % 3 == 0 ? null : new byte[] {(byte) i, 0, (byte) 0xFF};
        return new Object[] {i, n, s, d, i % 11 == 0 ? null : i * 0.5, t, b};
    }

    @Test
    void tenThousandRowsInFewCommands() {
        try (Connection c = connect(); Cursor cur = c.cursor()) {
            c.execute("create temporary table bulk_t (id int primary key, n bigint, s varchar(40), d decimal(10,2),"
                    + " f double, t datetime(6), b varbinary(8))");
            List<Object[]> sets = new ArrayList<>(ROWS);
            for (int i = 0; i < ROWS; i++) {
                sets.add(row(i));
            }
            long executes = status(c, "Com_stmt_execute");
            long prepares = status(c, "Com_stmt_prepare");
            long commands = ((MySqlConnection) c).session().commandsSent();
            cur.executemany("insert into bulk_t values (?, ?, ?, ?, ?, ?, ?)", sets);
            // one COM_STMT_PREPARE and a few COM_STMT_BULK_EXECUTE packets (cut at 1 MiB), not 10,000 commands
            assertThat(((MySqlConnection) c).session().commandsSent() - commands).isBetween(2L, 4L);
            assertThat(cur.rowcount()).isEqualTo(ROWS);
            assertThat(status(c, "Com_stmt_prepare") - prepares).isEqualTo(1);
            // MariaDB counts one execution per bulk command; row by row would be 9,996 here
            assertThat(status(c, "Com_stmt_execute") - executes).isBetween(1L, 3L);
            assertThat(c.queryOne("select count(*) from bulk_t").get(0, Long.class)).isEqualTo(ROWS);
            for (int i : new int[] {0, 1, 7, 10, 11, 33, 9_999}) {
                Row r = c.queryOne("select * from bulk_t where id = " + i);
                Object[] want = row(i);
                assertThat(r.get(1, Long.class)).isEqualTo(((Number) want[1]).longValue());
                assertThat(r.get(2)).isEqualTo(want[2]);
                assertThat(r.get(3)).isEqualTo(want[3]);
                assertThat(r.get(4)).isEqualTo(want[4]);
                assertThat(r.get(5)).isEqualTo(want[5]);
                assertThat((byte[]) r.get(6)).isEqualTo((byte[]) want[6]);
            }
        }
    }

    @Test
    void updateAndDeleteReportTotalAffectedRows() {
        try (Connection c = connect(); Cursor cur = c.cursor()) {
            c.execute("create temporary table bulk_u (id int primary key, v varchar(10))");
            c.execute("insert into bulk_u values (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd')");
            cur.executemany("update bulk_u set v = ? where id = ?",
                    List.of(new Object[] {"x", 1}, new Object[] {null, 2}, new Object[] {"z", 99}));
            assertThat(cur.rowcount()).isEqualTo(2);
            assertThat(c.queryOne("select v from bulk_u where id = 2").get(0)).isNull();
            cur.executemany("delete from bulk_u where id = ?", List.of(new Object[] {3}, new Object[] {4}));
            assertThat(cur.rowcount()).isEqualTo(2);
            assertThat(c.queryOne("select count(*) from bulk_u").get(0, Long.class)).isEqualTo(2L);
        }
    }
}
