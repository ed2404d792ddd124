package io.sqlwire.cli;

import io.sqlwire.Column;
import io.sqlwire.Row;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** In-memory results for the formatter tests: only what the writers read is implemented. */
final class TestRows {

    private TestRows() {
    }

    static List<Column> columns(String... names) {
        return Arrays.stream(names).map(n -> Column.of(n, "text")).toList();
    }

    static List<Row> rows(List<Column> columns, Object[]... values) {
        List<Row> rows = new ArrayList<>();
        for (Object[] v : values) {
            rows.add(new ListRow(columns, Arrays.asList(v)));
        }
        return rows;
    }

    /** What a writer prints for one result. */
    static String render(OutputFormat format, List<Column> columns, Object[]... values) {
        return capture(out -> format.writer(out).result(columns, rows(columns, values).iterator()));
    }

    static String capture(Consumer<PrintStream> body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            body.accept(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    record ListRow(List<Column> columns, List<Object> values) implements Row {
        @Override
        public int size() {
            return values.size();
        }

        @Override
        public Object get(int index) {
            return values.get(index);
        }

        @Override
        public Object get(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T get(int index, Class<T> type) {
            return type.cast(values.get(index));
        }

        @Override
        public <T> T get(String name, Class<T> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isNull(int index) {
            return values.get(index) == null;
        }

        @Override
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                m.put(columns.get(i).name(), values.get(i));
            }
            return m;
        }

        @Override
        public <R extends Record> R as(Class<R> type) {
            throw new UnsupportedOperationException();
        }
    }
}
