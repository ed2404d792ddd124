package io.sqlwire.cli;

import io.sqlwire.Column;
import io.sqlwire.Row;
import java.io.PrintStream;
import java.util.Iterator;
import java.util.List;

/**
 * RFC 4180 output: a header record, then one record per row, CRLF line ends. A field is quoted
 * when it holds a comma, a quote, CR or LF, or is the empty string, so that SQL NULL (written as
 * nothing) and '' (written as {@code ""}) stay apart.
 */
final class CsvWriter implements ResultWriter {
    private static final String CRLF = "\r\n";

    private final PrintStream out;

    CsvWriter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void result(List<Column> columns, Iterator<Row> rows) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            appendField(line, i, columns.get(i).name());
        }
        out.print(line.append(CRLF));
        while (rows.hasNext()) {
            Row row = rows.next();
            line.setLength(0);
            for (int i = 0; i < columns.size(); i++) {
                Object v = row.get(i);
                appendField(line, i, v == null ? null : Values.text(v));
            }
            out.print(line.append(CRLF));
        }
        out.flush();
    }

    @Override
    public void status(String tag) {
        // machine-readable output carries results only
    }

    private static void appendField(StringBuilder line, int index, String text) {
        if (index > 0) {
            line.append(',');
        }
        if (text != null) {
            line.append(quoted(text));
        }
    }

    static String quoted(String text) {
        boolean quote = text.isEmpty();
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
