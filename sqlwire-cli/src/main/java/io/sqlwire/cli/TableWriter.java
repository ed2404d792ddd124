package io.sqlwire.cli;

import io.sqlwire.Column;
import io.sqlwire.Row;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Aligned columns in the style of psql: a centred header, a dashed separator, numbers aligned
 * right and everything else left, SQL NULL shown as {@code NULL}, then {@code (N rows)}. A value
 * holding line breaks takes several lines of its row. Trailing blanks are trimmed from each line.
 * The whole result is read before anything is written, since the widths depend on every row.
 */
final class TableWriter implements ResultWriter {
    static final String NULL_TEXT = "NULL";

    private final PrintStream out;

    TableWriter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void result(List<Column> columns, Iterator<Row> rows) {
        int n = columns.size();
        int[] widths = new int[n];
        boolean[] numeric = new boolean[n];
        boolean[] textSeen = new boolean[n];
        for (int i = 0; i < n; i++) {
            widths[i] = width(columns.get(i).name());
        }
        List<String[][]> cells = new ArrayList<>();
        while (rows.hasNext()) {
            Row row = rows.next();
            String[][] lines = new String[n][];
            for (int i = 0; i < n; i++) {
                Object v = row.get(i);
                lines[i] = (v == null ? NULL_TEXT : Values.text(v)).split("\r?\n", -1);
                for (String line : lines[i]) {
                    widths[i] = Math.max(widths[i], width(line));
                }
                numeric[i] |= Values.isNumeric(v);
                textSeen[i] |= v != null && !Values.isNumeric(v);
            }
            cells.add(lines);
        }
        for (int i = 0; i < n; i++) {
            numeric[i] &= !textSeen[i];
        }
        writeHeader(columns, widths);
        for (String[][] row : cells) {
            writeRow(row, widths, numeric);
        }
        out.println(cells.size() == 1 ? "(1 row)" : "(" + cells.size() + " rows)");
        out.println();
        out.flush();
    }

    @Override
    public void status(String tag) {
        out.println(tag);
        out.flush();
    }

    private void writeHeader(List<Column> columns, int[] widths) {
        StringBuilder head = new StringBuilder();
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String name = columns.get(i).name();
            int left = (widths[i] - width(name)) / 2;
            head.append(i > 0 ? "| " : " ").append(" ".repeat(left)).append(name)
                    .append(" ".repeat(widths[i] - width(name) - left + 1));
            rule.append(i > 0 ? "+" : "").append("-".repeat(widths[i] + 2));
        }
        out.println(stripTrailing(head));
        out.println(rule);
    }

    private void writeRow(String[][] row, int[] widths, boolean[] numeric) {
        int height = 1;
        for (String[] lines : row) {
            height = Math.max(height, lines.length);
        }
        for (int l = 0; l < height; l++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                String text = l < row[i].length ? row[i][l] : "";
                String pad = " ".repeat(widths[i] - width(text));
                line.append(i > 0 ? "| " : " ");
                line.append(numeric[i] ? pad + text : text + pad).append(' ');
            }
            out.println(stripTrailing(line));
        }
    }

    private static String stripTrailing(StringBuilder sb) {
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        return sb.substring(0, end);
    }

    /** Display width, counted in code points. */
    static int width(String s) {
        return s.codePointCount(0, s.length());
    }
}
