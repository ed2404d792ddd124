package io.sqlwire.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlwire.Row;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code literal()} and {@code escapeString()} give text the server reads back as the same value. */
public interface LiteralBehaviour extends TckContext {

    private Row selectLiteral(Object value) {
        return conn().queryOne("select " + conn().literal(value) + " as v");
    }

    @Test
    default void nullLiteral() {
        assertThat(conn().literal(null)).isEqualToIgnoringCase("NULL");
        assertThat(selectLiteral(null).isNull(0)).isTrue();
    }

    @Test
    default void numberLiterals() {
        for (long n : new long[] {0, 42, -7, Long.MAX_VALUE, Long.MIN_VALUE + 1}) {
            assertThat(selectLiteral(n).get(0, Long.class)).isEqualTo(n);
        }
        assertThat(selectLiteral(1.5).get(0, Double.class)).isEqualTo(1.5);
        assertThat(selectLiteral(-0.25).get(0, Double.class)).isEqualTo(-0.25);
        assertThat(selectLiteral(new BigDecimal("12.345")).get(0, BigDecimal.class)).isEqualByComparingTo("12.345");
    }

    @Test
    default void textLiterals() {
        List<String> samples = List.of("", "plain", "it's", "two '' quotes", "back\\slash", "new\nline",
                "tab\there", "héllo ✓ 日本", "?", "-- not a comment", "\"double\"", "50% _like_");
        for (String s : samples) {
            assertThat(selectLiteral(s).get(0, String.class)).as("literal of %s", s).isEqualTo(s);
            Row escaped = conn().queryOne("select '" + conn().escapeString(s) + "' as v");
            assertThat(escaped.get(0, String.class)).as("escapeString of %s", s).isEqualTo(s);
        }
    }

    @Test
    default void otherLiterals() {
        assertThat(selectLiteral(true).get(0, Boolean.class)).isTrue();
        assertThat(selectLiteral(false).get(0, Boolean.class)).isFalse();
        byte[] bytes = {0, 1, 2, (byte) 0x7f, (byte) 0x80, (byte) 0xff};
        assertThat(selectLiteral(bytes).get(0, byte[].class)).isEqualTo(bytes);
        LocalDate d = LocalDate.of(2024, 2, 29);
        assertThat(selectLiteral(d).get(0, LocalDate.class)).isEqualTo(d);
        UUID u = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        assertThat(selectLiteral(u).get(0, UUID.class)).isEqualTo(u);
    }

    @Test
    default void literalsMatchParameters() {
        String t = table("s varchar(100), n integer");
        conn().execute("insert into " + t + " values (?, ?)", "it's", 5);
        Row row = conn().queryOne("select count(*) from " + t + " where s = " + conn().literal("it's")
                + " and n = " + conn().literal(5));
        assertThat(row.get(0, Long.class)).isEqualTo(1L);
    }
}
