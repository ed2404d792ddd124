package io.sqlwire.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.Column;
import io.sqlwire.DataException;
import io.sqlwire.InterfaceException;
import io.sqlwire.Row;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArrayRowTest {

    private static ResultColumns cols(String... names) {
        return new ResultColumns(java.util.Arrays.stream(names).map(n -> Column.of(n, "TEXT")).toList());
    }

    @Test
    void getByIndexAndName() {
        Row row = cols("id", "Name").row(new Object[] {1L, "ann"});
        assertThat(row.size()).isEqualTo(2);
        assertThat(row.get(0)).isEqualTo(1L);
        assertThat(row.get("Name")).isEqualTo("ann");
        assertThat(row.get("name")).isEqualTo("ann");
        assertThat(row.get("NAME", String.class)).isEqualTo("ann");
        assertThat(row.get(0, Integer.class)).isEqualTo(1);
        assertThat(row.isNull(1)).isFalse();
        assertThat(row.columns()).extracting(Column::name).containsExactly("id", "Name");
    }

    @Test
    void exactMatchBeatsCaselessAndDuplicatesResolveToTheFirst() {
        Row row = cols("a", "A", "a").row(new Object[] {1L, 2L, 3L});
        assertThat(row.get("a")).isEqualTo(1L);
        assertThat(row.get("A")).isEqualTo(2L);
        assertThat(row.toMap()).containsExactly(java.util.Map.entry("a", 1L), java.util.Map.entry("A", 2L));
    }

    @Test
    void toMapKeepsColumnOrderAndNulls() {
        Row row = cols("z", "y", "x").row(new Object[] {1L, null, "t"});
        assertThat(row.toMap().keySet()).containsExactly("z", "y", "x");
        assertThat(row.toMap().get("y")).isNull();
        assertThat(row.isNull(1)).isTrue();
    }

    @Test
    void badIndexOrNameIsAnInterfaceError() {
        Row row = cols("a").row(new Object[] {1L});
        assertThatThrownBy(() -> row.get(1)).isInstanceOf(InterfaceException.class).hasMessageContaining("out of range");
        assertThatThrownBy(() -> row.get("b")).isInstanceOf(InterfaceException.class)
                .hasMessageContaining("no column \"b\"").hasMessageContaining("columns: a");
    }

    @Test
    void wrongValueCountIsRejected() {
        assertThatThrownBy(() -> new ArrayRow(cols("a"), new Object[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalityAndToString() {
        ResultColumns c = cols("a", "b");
        Row r1 = c.row(new Object[] {1L, new byte[] {1}});
        Row r2 = c.row(new Object[] {1L, new byte[] {1}});
        assertThat(r1).isEqualTo(r2).hasSameHashCodeAs(r2);
        assertThat(r1.toString()).isEqualTo("Row{a=1, b=<1 bytes>}");
    }

    public record Person(long id, String name, LocalDate createdAt, Integer score) {
    }

    public record Snake(String created_at) {
    }

    public record Strict(int n) {
        public Strict {
            if (n < 0) {
                throw new IllegalArgumentException("negative");
            }
        }
    }

    @Test
    void mapsOntoRecordsByName() {
        ResultColumns c = cols("ID", "name", "created_at", "score");
        Person p = c.row(new Object[] {7L, "bo", "2024-01-02", null}).as(Person.class);
        assertThat(p).isEqualTo(new Person(7, "bo", LocalDate.of(2024, 1, 2), null));
        Person q = c.row(new Object[] {8L, "cy", "2024-02-03", 5L}).as(Person.class);
        assertThat(q.score()).isEqualTo(5);
        assertThat(cols("created_at").row(new Object[] {"x"}).as(Snake.class).created_at()).isEqualTo("x");
    }

    @Test
    void recordErrors() {
        assertThatThrownBy(() -> cols("id").row(new Object[] {1L}).as(Person.class))
                .isInstanceOf(InterfaceException.class)
                .hasMessageContaining("component \"name\" has no column");
        assertThatThrownBy(() -> cols("n").row(new Object[] {null}).as(Strict.class))
                .isInstanceOf(DataException.class).hasMessageContaining("NULL");
        assertThatThrownBy(() -> cols("n").row(new Object[] {-1L}).as(Strict.class))
                .isInstanceOf(InterfaceException.class).hasMessageContaining("rejected");
        assertThatThrownBy(() -> cols("n").row(new Object[] {"x"}).as(Strict.class))
                .isInstanceOf(DataException.class).hasMessageContaining("column \"n\"");
    }

    @Test
    void emptyColumns() {
        assertThat(ResultColumns.empty().size()).isZero();
        assertThat(ResultColumns.empty().names()).isEqualTo("(none)");
        assertThat(new ResultColumns(List.of()).indexOf("x")).isEqualTo(-1);
    }
}
