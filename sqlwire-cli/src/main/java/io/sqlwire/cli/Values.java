package io.sqlwire.cli;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HexFormat;
import java.util.StringJoiner;

/** How the text formats (table, csv) show a value; JSON has its own rules in {@link JsonWriter}. */
final class Values {

    private Values() {
    }

    /** The text of a non-null value: bytes as {@code \x} hex (as psql shows bytea), arrays as {@code {a,b}}. */
    static String text(Object value) {
        if (value instanceof byte[] bytes) {
            return "\\x" + HexFormat.of().formatHex(bytes);
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Collection<?> items) {
            return joined(items.toArray());
        }
        if (value != null && value.getClass().isArray()) {
            Object[] items = new Object[Array.getLength(value)];
            for (int i = 0; i < items.length; i++) {
                items[i] = Array.get(value, i);
            }
            return joined(items);
        }
        return String.valueOf(value);
    }

    private static String joined(Object[] items) {
        StringJoiner j = new StringJoiner(",", "{", "}");
        for (Object item : items) {
            j.add(item == null ? "NULL" : text(item));
        }
        return j.toString();
    }

    /** Whether a value is shown right-aligned in a table column. */
    static boolean isNumeric(Object value) {
        return value instanceof Number;
    }
}
