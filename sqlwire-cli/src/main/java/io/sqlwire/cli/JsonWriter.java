package io.sqlwire.cli;

import io.sqlwire.Column;
import io.sqlwire.Row;
import java.io.PrintStream;
import java.util.Iterator;
import java.util.List;

/**
 * One JSON array per result, one object per row keyed by column name, rows written as they are
 * fetched. Value encoding is {@link Json#appendValue}.
 */
final class JsonWriter implements ResultWriter {
    private final PrintStream out;

    JsonWriter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void result(List<Column> columns, Iterator<Row> rows) {
        String[] keys = new String[columns.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = Json.string(columns.get(i).name()) + ":";
        }
        if (!rows.hasNext()) {
            out.println("[]");
            out.flush();
            return;
        }
        out.println("[");
        StringBuilder sb = new StringBuilder();
        while (rows.hasNext()) {
            Row row = rows.next();
            sb.setLength(0);
            sb.append("  {");
            for (int i = 0; i < keys.length; i++) {
                sb.append(i > 0 ? "," : "").append(keys[i]);
                Json.appendValue(sb, row.get(i));
            }
            sb.append(rows.hasNext() ? "}," : "}");
            out.println(sb);
        }
        out.println("]");
        out.flush();
    }

    @Override
    public void status(String tag) {
        // machine-readable output carries results only
    }
}
