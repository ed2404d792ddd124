package io.sqlwire.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.Column;
import io.sqlwire.Connection;
import io.sqlwire.Cursor;
import io.sqlwire.DataException;
import io.sqlwire.InterfaceException;
import io.sqlwire.Row;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SQLite's type mapping: storage classes to Java, Java parameters to storage classes, literals. */
class SqliteValuesTest {

    private final Connection conn = new SqliteDriver().connect(SqliteTestOptions.options(":memory:"));

    @AfterEach
    void close() {
        conn.close();
    }

    private String typeof(Object param) {
        return (String) conn.queryOne("select typeof(?)", param).get(0);
    }

    @Test
    void storageClassesMapToJavaTypes() {
        Row row = conn.queryOne("select 1+1, 3000000000, 2.5, 'x', x'0102', null");
        assertThat(row.get(0)).isEqualTo(2L);
        assertThat(row.get(1)).isEqualTo(3_000_000_000L);
        assertThat(row.get(2)).isEqualTo(2.5);
        assertThat(row.get(3)).isEqualTo("x");
        assertThat((byte[]) row.get(4)).containsExactly(1, 2);
        assertThat(row.get(5)).isNull();
    }

    @Test
    void declaredTypesDoNotChangeValues() {
        conn.execute("create table t (b boolean, d date, n numeric(10,2), i int)");
        conn.execute("insert into t values (?, ?, ?, ?)", true, LocalDate.of(2024, 1, 2), new BigDecimal("12.50"), 5);
        Row row = conn.queryOne("select * from t");
        assertThat(row.get("b")).isEqualTo(1L);
        assertThat(row.get("b", Boolean.class)).isTrue();
        assertThat(row.get("d")).isEqualTo("2024-01-02");
        assertThat(row.get("n")).isEqualTo(12.5);
        assertThat(row.get("i")).isEqualTo(5L);
    }

    @Test
    void parametersBindToStorageClasses() {
        assertThat(typeof(null)).isEqualTo("null");
        assertThat(typeof(1)).isEqualTo("integer");
        assertThat(typeof((short) 1)).isEqualTo("integer");
        assertThat(typeof(true)).isEqualTo("integer");
        assertThat(typeof(BigInteger.TEN)).isEqualTo("integer");
        assertThat(typeof(BigInteger.TEN.pow(30))).isEqualTo("text");
        assertThat(typeof(1.5f)).isEqualTo("real");
        assertThat(typeof(new BigDecimal("1.10"))).isEqualTo("text");
        assertThat(typeof(new byte[] {1})).isEqualTo("blob");
        assertThat(typeof(UUID.randomUUID())).isEqualTo("text");
        assertThat(typeof(LocalDate.now())).isEqualTo("text");
        assertThat(conn.queryOne("select ?", 0.1f).get(0)).isEqualTo(0.1);
        assertThat(conn.queryOne("select ?", new BigDecimal("1.10")).get(0)).isEqualTo("1.10");
        assertThatThrownBy(() -> conn.queryOne("select ?", new Object()))
                .isInstanceOf(InterfaceException.class).hasMessageContaining("parameter 1");
    }

    @Test
    void temporalValuesBindInSqlitesFormat() {
        Row row = conn.queryOne("select ?, ?, ?, ?, ?",
                LocalDateTime.of(2024, 1, 2, 3, 4, 5, 120_000_000),
                LocalTime.of(3, 4),
                OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2)),
                Instant.parse("2024-01-02T03:04:05Z"),
                LocalDate.of(2024, 1, 2));
        assertThat(row.get(0)).isEqualTo("2024-01-02 03:04:05.12");
        assertThat(row.get(1)).isEqualTo("03:04:00");
        assertThat(row.get(2)).isEqualTo("2024-01-02 03:04:05+02:00");
        assertThat(row.get(3)).isEqualTo("2024-01-02 03:04:05");
        assertThat(row.get(4)).isEqualTo("2024-01-02");
        // SQLite's own date functions read the same text
        assertThat(conn.queryOne("select datetime(?)", OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2)))
                .get(0)).isEqualTo("2024-01-02 01:04:05");
        assertThat(conn.queryOne("select datetime('now') > ?", Instant.parse("2000-01-01T00:00:00Z")).get(0, Boolean.class))
                .isTrue();
        assertThat(conn.queryOne("select unixepoch('2024-01-02 03:04:05')").get(0, Instant.class))
                .isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
    }

    @Test
    void literals() {
        assertThat(conn.literal(null)).isEqualTo("NULL");
        assertThat(conn.literal(42)).isEqualTo("42");
        assertThat(conn.queryOne("select " + conn.literal(Long.MIN_VALUE)).get(0)).isEqualTo(Long.MIN_VALUE);
        assertThat(conn.literal(true)).isEqualTo("1");
        assertThat(conn.literal("it's")).isEqualTo("'it''s'");
        assertThat(conn.literal(new byte[] {0x0a, (byte) 0xff})).isEqualTo("X'0AFF'");
        assertThat(conn.literal(new BigDecimal("1.50"))).isEqualTo("'1.50'");
        assertThat(conn.literal(LocalDateTime.of(2024, 1, 2, 3, 4))).isEqualTo("'2024-01-02 03:04:00'");
        assertThat(conn.literal(Double.POSITIVE_INFINITY)).isEqualTo("9e999");
        assertThat(conn.queryOne("select " + conn.literal(Double.NEGATIVE_INFINITY)).get(0))
                .isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(conn.escapeString("a'b''c")).isEqualTo("a''b''''c");
        assertThatThrownBy(() -> conn.literal(Double.NaN)).isInstanceOf(DataException.class);
        assertThatThrownBy(() -> conn.literal("a\0b")).isInstanceOf(DataException.class);
        assertThatThrownBy(() -> conn.literal(new Object())).isInstanceOf(InterfaceException.class);
    }

    @Test
    void describesDeclaredColumns() {
        conn.execute("create table t (id integer primary key, name varchar(100) not null, price numeric(10,2), note)");
        try (Cursor c = conn.cursor()) {
            c.execute("select id, name, price, note, 1 + 1 as two from t");
            assertThat(c.description()).extracting(Column::name).containsExactly("id", "name", "price", "note", "two");
            Column name = c.description().get(1);
            assertThat(name.typeName()).isEqualToIgnoringCase("VARCHAR");
            assertThat(name.displaySize()).isEqualTo(100);
            assertThat(name.nullable()).isFalse();
            Column price = c.description().get(2);
            assertThat(price.precision()).isEqualTo(10);
            assertThat(price.scale()).isEqualTo(2);
            assertThat(price.nullable()).isTrue();
            assertThat(c.description().get(0).typeName()).isEqualToIgnoringCase("INTEGER");
            assertThat(c.rowcount()).isEqualTo(-1);
            assertThat(c.fetchall()).isEmpty();
            assertThat(c.rowcount()).isZero();
        }
    }
}
