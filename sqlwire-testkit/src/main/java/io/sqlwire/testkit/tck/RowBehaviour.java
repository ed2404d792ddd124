package io.sqlwire.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.DataException;
import io.sqlwire.InterfaceException;
import io.sqlwire.Row;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reading values from rows: by index and name, converted, as maps and as records. */
public interface RowBehaviour extends TckContext {

    /** A record the rows map onto; public so every backend's mapper may construct it. */
    record Person(long id, String name, LocalDate createdAt) {
    }

    /** Needs a column the queries below never return. */
    record WithMissing(long id, String nickname) {
    }

    @Test
    default void getsByIndexAndName() {
        Row row = conn().queryOne("select 7 as id, 'ann' as foo_bar");
        assertThat(row.get(0, Long.class)).isEqualTo(7L);
        assertThat(row.get("id", Long.class)).isEqualTo(7L);
        assertThat(row.get("foo_bar")).isEqualTo("ann");
        assertThat(row.get("FOO_BAR")).isEqualTo("ann");
        assertThat(row.get("Foo_Bar", String.class)).isEqualTo("ann");
        assertThatThrownBy(() -> row.get("nope")).isInstanceOf(InterfaceException.class);
        assertThatThrownBy(() -> row.get(2)).isInstanceOf(InterfaceException.class);
    }

    @Test
    default void convertsNumbers() {
        Row row = conn().queryOne("select 42 as i, 3000000000 as big, 2.5 as r, '17' as t");
        assertThat(row.get("i", Integer.class)).isEqualTo(42);
        assertThat(row.get("i", int.class)).isEqualTo(42);
        assertThat(row.get("i", Long.class)).isEqualTo(42L);
        assertThat(row.get("i", Short.class)).isEqualTo((short) 42);
        assertThat(row.get("i", BigDecimal.class)).isEqualByComparingTo("42");
        assertThat(row.get("i", String.class)).isEqualTo("42");
        assertThat(row.get("big", Long.class)).isEqualTo(3_000_000_000L);
        assertThatThrownBy(() -> row.get("big", Integer.class))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("big")
                .hasMessageContaining("3000000000");
        assertThat(row.get("r", Double.class)).isEqualTo(2.5);
        assertThat(row.get("r", BigDecimal.class)).isEqualByComparingTo("2.5");
        assertThatThrownBy(() -> row.get("r", Integer.class)).isInstanceOf(DataException.class);
        assertThat(row.get("t", Integer.class)).isEqualTo(17);
    }

    @Test
    default void convertsTextToOtherTypes() {
        Row row = conn().queryOne("select '2024-01-02' as d, '2024-01-02 03:04:05' as ts, 'true' as b,"
                + " '123e4567-e89b-12d3-a456-426614174000' as u, 1 as one, 0 as zero");
        assertThat(row.get("d", LocalDate.class)).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(row.get("ts", LocalDateTime.class)).isEqualTo(LocalDateTime.of(2024, 1, 2, 3, 4, 5));
        assertThat(row.get("b", Boolean.class)).isTrue();
        assertThat(row.get("u", UUID.class)).isEqualTo(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
        assertThat(row.get("one", Boolean.class)).isTrue();
        assertThat(row.get("zero", boolean.class)).isFalse();
        assertThatThrownBy(() -> row.get("d", Integer.class)).isInstanceOf(DataException.class);
    }

    @Test
    default void nullsConvertToNullOrFailForPrimitives() {
        Row row = conn().queryOne("select null as n");
        assertThat(row.get("n", Integer.class)).isNull();
        assertThat(row.get("n", String.class)).isNull();
        assertThatThrownBy(() -> row.get("n", long.class)).isInstanceOf(DataException.class);
    }

    @Test
    default void mapsToAMapInColumnOrder() {
        Row row = conn().queryOne("select 3 as c, 'x' as a, null as b");
        assertThat(row.toMap().keySet()).containsExactly("c", "a", "b");
        assertThat(row.toMap().get("a")).isEqualTo("x");
        assertThat(row.toMap().containsKey("b")).isTrue();
        assertThat(row.toMap().get("b")).isNull();
    }

    @Test
    default void mapsOntoRecords() {
        String t = table("id integer, name varchar(100), created_at varchar(100)");
        conn().execute("insert into " + t + " values (1, 'ann', '2024-01-02'), (2, 'bob', '2024-02-03')");
        var people = conn().query("select * from " + t + " order by id").stream().map(r -> r.as(Person.class)).toList();
        assertThat(people).containsExactly(
                new Person(1, "ann", LocalDate.of(2024, 1, 2)),
                new Person(2, "bob", LocalDate.of(2024, 2, 3)));
        Row aliased = conn().queryOne("select 5 as ID, 'cy' as NAME, '2024-03-04' as createdAt");
        assertThat(aliased.as(Person.class)).isEqualTo(new Person(5, "cy", LocalDate.of(2024, 3, 4)));
        assertThatThrownBy(() -> aliased.as(WithMissing.class))
                .isInstanceOf(InterfaceException.class)
                .hasMessageContaining("nickname");
    }
}
