package io.sqlwire.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.Column;
import io.sqlwire.Cursor;
import io.sqlwire.ProgrammingException;
import io.sqlwire.Row;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Executing statements and fetching their rows. */
public interface QueryBehaviour extends TckContext {

    /** A table {@code (id, n, s)} holding n = 1..5 and s = "r1".."r5", committed. */
    private String fiveRows() {
        String t = table(dialect().autoIdColumn() + ", n integer, s varchar(100)");
        try (Cursor c = conn().cursor()) {
            for (int i = 1; i <= 5; i++) {
                c.execute("insert into " + t + " (n, s) values (?, ?)", i, "r" + i);
            }
        }
        conn().commit();
        return t;
    }

    private static List<Long> ns(List<Row> rows) {
        return rows.stream().map(r -> r.get("n", Long.class)).toList();
    }

    @Test
    default void selectsLiterals() {
        Row row = conn().queryOne("select 1, 'a', null");
        assertThat(row.size()).isEqualTo(3);
        assertThat(row.get(0, Long.class)).isEqualTo(1L);
        assertThat(row.get(0)).isInstanceOf(Number.class);
        assertThat(row.get(1)).isEqualTo("a");
        assertThat(row.isNull(2)).isTrue();
        assertThat(row.get(2)).isNull();
    }

    @Test
    default void bindsParameters() {
        String t = fiveRows();
        List<Row> rows = conn().query("select n, s from " + t + " where n > ? and s <> ? order by n", 2, "r4");
        assertThat(ns(rows)).containsExactly(3L, 5L);
        assertThat(conn().queryOne("select s from " + t + " where s = ?", "r2").get(0)).isEqualTo("r2");
        assertThat(conn().queryOne("select s from " + t + " where s = ?", "none")).isNull();
    }

    @Test
    default void fetchFamily() {
        String t = fiveRows();
        try (Cursor c = conn().cursor()) {
            c.execute("select n from " + t + " order by n");
            assertThat(c.fetchone().get(0, Long.class)).isEqualTo(1L);
            assertThat(ns(c.fetchmany(2))).containsExactly(2L, 3L);
            assertThat(c.arraysize()).isEqualTo(1);
            assertThat(ns(c.fetchmany())).containsExactly(4L);
            assertThat(ns(c.fetchall())).containsExactly(5L);
            assertThat(c.fetchone()).isNull();
            assertThat(c.fetchmany(3)).isEmpty();
            assertThat(c.fetchall()).isEmpty();
        }
    }

    @Test
    default void iteratesAndStreams() {
        String t = fiveRows();
        try (Cursor c = conn().cursor()) {
            List<Long> seen = new ArrayList<>();
            for (Row r : c.execute("select n from " + t + " order by n")) {
                seen.add(r.get(0, Long.class));
            }
            assertThat(seen).containsExactly(1L, 2L, 3L, 4L, 5L);
            c.execute("select n from " + t + " order by n");
            assertThat(c.stream().limit(2).map(r -> r.get(0, Long.class))).containsExactly(1L, 2L);
            assertThat(c.stream().map(r -> r.get(0, Long.class))).containsExactly(3L, 4L, 5L);
        }
    }

    @Test
    default void reportsRowcount() {
        String t = fiveRows();
        try (Cursor c = conn().cursor()) {
            c.execute("insert into " + t + " (n, s) values (?, ?)", 6, "r6");
            assertThat(c.rowcount()).isEqualTo(1);
            c.execute("update " + t + " set s = 'big' where n > ?", 3);
            assertThat(c.rowcount()).isEqualTo(3);
            c.execute("delete from " + t + " where n < ?", 3);
            assertThat(c.rowcount()).isEqualTo(2);
            c.execute("select n from " + t);
            c.fetchall();
            assertThat(c.rowcount()).isEqualTo(4);
        }
        assertThat(conn().execute("update " + t + " set s = 'x' where n = ?", 6)).isEqualTo(1);
    }

    @Test
    default void describesColumns() {
        try (Cursor c = conn().cursor()) {
            assertThat(c.description()).isEmpty();
            c.execute("select 1 as a, 'x' as b");
            assertThat(c.description()).extracting(Column::name).containsExactly("a", "b");
            assertThat(c.description()).allSatisfy(col -> assertThat(col.typeName()).isNotBlank());
            assertThat(c.fetchone().columns()).isEqualTo(c.description());
        }
        String t = table("k integer");
        try (Cursor c = conn().cursor()) {
            c.execute("insert into " + t + " values (1)");
            assertThat(c.description()).isEmpty();
        }
    }

    @Test
    default void reportsLastrowid() {
        String t = table(dialect().autoIdColumn() + ", s varchar(100)");
        try (Cursor c = conn().cursor()) {
            c.execute("insert into " + t + " (s) values (?)", "a");
            c.execute("insert into " + t + " (s) values (?)", "b");
            Long id = c.lastrowid();
            if (dialect().lastrowid()) {
                assertThat(id).isEqualTo(conn().queryOne("select id from " + t + " where s = 'b'").get(0, Long.class));
            } else {
                assertThat(id).isNull();
            }
            c.execute("select 1");
            assertThat(c.lastrowid()).isNull();
        }
    }

    @Test
    default void executesMany() {
        String t = table("n integer, s varchar(100)");
        try (Cursor c = conn().cursor()) {
            c.executemany("insert into " + t + " (n, s) values (?, ?)",
                    List.of(new Object[] {1, "a"}, new Object[] {2, "b"}, new Object[] {3, null}));
            assertThat(c.rowcount()).isEqualTo(3);
            c.executemany("update " + t + " set s = ? where n = ?", List.of(new Object[] {"z", 1}, new Object[] {"y", 2}));
            assertThat(c.rowcount()).isEqualTo(2);
        }
        assertThat(count(t)).isEqualTo(3);
        assertThat(conn().queryOne("select s from " + t + " where n = 3").isNull(0)).isTrue();
    }

    @Test
    default void placeholdersInsideLiteralsAndCommentsAreText() {
        Row row = conn().queryOne("select '?' as q, ? as p /* ? */ -- ?\n", "x");
        assertThat(row.get("q")).isEqualTo("?");
        assertThat(row.get("p", String.class)).isEqualTo("x");
        Row quoted = conn().queryOne("select 'it''s ?' as q, ? as p", "y");
        assertThat(quoted.get("q")).isEqualTo("it's ?");
        assertThat(quoted.get("p", String.class)).isEqualTo("y");
    }

    @Test
    default void queryShortcuts() {
        String t = fiveRows();
        assertThat(conn().query("select n from " + t + " where n <= 2 order by n")).hasSize(2);
        assertThat(conn().query("update " + t + " set s = s where n = 1")).isEmpty();
        assertThat(conn().queryOne("select n from " + t + " where n = 99")).isNull();
        assertThat(conn().execute("delete from " + t + " where n >= 4")).isEqualTo(2);
    }

    @Test
    default void fetchingWithoutAResultIsAProgrammingError() {
        String t = table("k integer");
        try (Cursor c = conn().cursor()) {
            assertThatThrownBy(c::fetchone).isInstanceOf(ProgrammingException.class);
            c.execute("insert into " + t + " values (1)");
            assertThatThrownBy(c::fetchall).isInstanceOf(ProgrammingException.class);
        }
    }

    @Test
    default void aCursorCanBeReused() {
        try (Cursor c = conn().cursor()) {
            c.execute("select 1");
            c.execute("select 2");
            assertThat(c.fetchone().get(0, Long.class)).isEqualTo(2L);
            assertThat(c.nextset()).isFalse();
            assertThat(c.connection()).isSameAs(conn());
            assertThat(c.warnings()).isNotNull();
        }
    }
}
