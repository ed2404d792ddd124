package io.sqlwire.cli;

import static io.sqlwire.cli.TestRows.columns;
import static io.sqlwire.cli.TestRows.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
    private static final String NL = System.lineSeparator();

    @Test
    void oneArrayOfObjectsPerResult() {
        String out = render(OutputFormat.JSON, columns("id", "name"), new Object[] {1, "a"}, new Object[] {2, null});
        assertThat(out).isEqualTo("[" + NL + "  {\"id\":1,\"name\":\"a\"}," + NL + "  {\"id\":2,\"name\":null}" + NL + "]" + NL);
    }

    @Test
    void emptyResultIsAnEmptyArray() {
        assertThat(render(OutputFormat.JSON, columns("a"))).isEqualTo("[]" + NL);
    }

    @Test
    void numbersStayNumbersAndNonFiniteOnesBecomeStrings() {
        String out = render(OutputFormat.JSON, columns("a", "b", "c", "d", "e", "f", "g"),
                new Object[] {42L, 1.5d, new BigDecimal("12.30"), new BigInteger("123456789012345678901234567890"),
                    Double.NaN, Float.POSITIVE_INFINITY, true});
        assertThat(out).contains("{\"a\":42,\"b\":1.5,\"c\":12.30,\"d\":123456789012345678901234567890,"
                + "\"e\":\"NaN\",\"f\":\"Infinity\",\"g\":true}");
    }

    @Test
    void bytesAsBase64OtherValuesAsStrings() {
        String out = render(OutputFormat.JSON, columns("b", "d"), new Object[] {new byte[] {1, 2, 3}, LocalDate.of(2024, 2, 29)});
        assertThat(out).contains("{\"b\":\"AQID\",\"d\":\"2024-02-29\"}");
    }

    @Test
    void arraysListsAndMapsNest() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("k", List.of(1, "x"));
        String out = render(OutputFormat.JSON, columns("a", "m"), new Object[] {new int[] {1, 2}, m});
        assertThat(out).contains("{\"a\":[1,2],\"m\":{\"k\":[1,\"x\"]}}");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertThat(Json.string("a\"b\\c\n\r\t\b\f\u0001\u007f\u2028é\uD83D\uDE00"))
                .isEqualTo("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u007f\\u2028é\uD83D\uDE00\"");
    }

    @Test
    void columnNamesAreEscaped() {
        assertThat(render(OutputFormat.JSON, columns("a\"b"), new Object[] {1})).contains("{\"a\\\"b\":1}");
    }

    @Test
    void statusIsNotWritten() {
        assertThat(TestRows.capture(o -> OutputFormat.JSON.writer(o).status("INSERT 1"))).isEmpty();
    }
}
