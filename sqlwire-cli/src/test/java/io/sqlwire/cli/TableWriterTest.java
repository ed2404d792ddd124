package io.sqlwire.cli;

import static io.sqlwire.cli.TestRows.columns;
import static io.sqlwire.cli.TestRows.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TableWriterTest {

    @Test
    void alignsNumbersRightAndTextLeftUnderACentredHeader() {
        String out = render(OutputFormat.TABLE, columns("id", "name"),
                new Object[] {1, "alice"}, new Object[] {1234, "bob"});
        assertThat(out).isEqualTo("""
                  id  | name
                ------+-------
                    1 | alice
                 1234 | bob
                (2 rows)

                """);
    }

    @Test
    void showsNullAsNullAndCountsOneRowInTheSingular() {
        String out = render(OutputFormat.TABLE, columns("a", "b"), new Object[] {null, "x"});
        assertThat(out).isEqualTo("""
                  a   | b
                ------+---
                 NULL | x
                (1 row)

                """);
    }

    @Test
    void emptyResultStillHasItsHeader() {
        assertThat(render(OutputFormat.TABLE, columns("two"))).isEqualTo("""
                 two
                -----
                (0 rows)

                """);
    }

    @Test
    void multiLineValuesSpanSeveralLinesOfTheRow() {
        String out = render(OutputFormat.TABLE, columns("t", "n"), new Object[] {"one\ntwo", 7});
        assertThat(out).isEqualTo("""
                  t  | n
                -----+---
                 one | 7
                 two |
                (1 row)

                """);
    }

    @Test
    void bytesAsHexDecimalsPlainAndArraysInBraces() {
        String out = render(OutputFormat.TABLE, columns("b", "d", "arr"),
                new Object[] {new byte[] {1, (byte) 0xab}, new BigDecimal("1E+3"), new int[] {1, 2}});
        assertThat(out).contains(" \\x01ab | 1000 | {1,2}");
    }

    @Test
    void widthCountsCodePointsNotUtf16Units() {
        String out = render(OutputFormat.TABLE, columns("e"), new Object[] {"\uD83D\uDE00\uD83D\uDE00"});
        assertThat(out).startsWith("""
                 e
                ----
                """);
    }

    @Test
    void mixedColumnOfNumbersAndTextIsLeftAligned() {
        String out = render(OutputFormat.TABLE, columns("v"), new Object[] {1}, new Object[] {"abc"});
        assertThat(out).contains("\n 1\n abc\n");
    }

    @Test
    void statusLineIsPrintedAsIs() {
        String out = TestRows.capture(o -> OutputFormat.TABLE.writer(o).status("INSERT 2"));
        assertThat(out).isEqualTo("INSERT 2" + System.lineSeparator());
    }
}
