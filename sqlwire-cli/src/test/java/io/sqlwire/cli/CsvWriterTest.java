package io.sqlwire.cli;

import static io.sqlwire.cli.TestRows.columns;
import static io.sqlwire.cli.TestRows.render;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void headerThenRecordsWithCrlf() {
        String out = render(OutputFormat.CSV, columns("a", "b"), new Object[] {1, "x"}, new Object[] {2, "y"});
        assertThat(out).isEqualTo("a,b\r\n1,x\r\n2,y\r\n");
    }

    @Test
    void quotesFieldsWithSeparatorsQuotesAndLineBreaks() {
        String out = render(OutputFormat.CSV, columns("v"),
                new Object[] {"a,b"}, new Object[] {"say \"hi\""}, new Object[] {"two\nlines"}, new Object[] {"cr\r"});
        assertThat(out).isEqualTo("v\r\n\"a,b\"\r\n\"say \"\"hi\"\"\"\r\n\"two\nlines\"\r\n\"cr\r\"\r\n");
    }

    @Test
    void nullIsEmptyAndTheEmptyStringIsQuoted() {
        assertThat(render(OutputFormat.CSV, columns("a", "b"), new Object[] {null, ""})).isEqualTo("a,b\r\n,\"\"\r\n");
    }

    @Test
    void headerNamesAreQuotedToo() {
        assertThat(render(OutputFormat.CSV, columns("x,y", "z"))).isEqualTo("\"x,y\",z\r\n");
    }

    @Test
    void bytesAsHex() {
        assertThat(render(OutputFormat.CSV, columns("b"), new Object[] {new byte[] {0, 15, -1}}))
                .isEqualTo("b\r\n\\x000fff\r\n");
    }

    @Test
    void statusIsNotWritten() {
        assertThat(TestRows.capture(o -> OutputFormat.CSV.writer(o).status("INSERT 1"))).isEmpty();
    }
}
