package io.sqlwire.cli;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;

/** A minimal JSON encoder for result values (RFC 8259). */
final class Json {

    private Json() {
    }

    /** {@code text} as a JSON string literal, quotes included. */
    static String string(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 2);
        appendString(sb, text);
        return sb.toString();
    }

    static void appendString(StringBuilder sb, String text) {
        sb.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> appendChar(sb, c);
            }
        }
        sb.append('"');
    }

    // Other control characters must be escaped; U+2028/U+2029 are valid JSON but break JavaScript
    // parsers that treat the text as source, so they are escaped too. Surrogate pairs pass as is.
    private static void appendChar(StringBuilder sb, char c) {
        if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
            sb.append(String.format("\\u%04x", (int) c));
        } else {
            sb.append(c);
        }
    }

    /**
     * Appends a value: numbers as numbers (NaN and infinities, which JSON lacks, as strings),
     * booleans, null, byte arrays as base64 strings, collections and arrays as arrays, maps as
     * objects, anything else as the string of its {@code toString()}.
     */
    static void appendValue(StringBuilder sb, Object value) {
        switch (value) {
            case null -> sb.append("null");
            case Boolean b -> sb.append(b);
            case Integer n -> sb.append(n);
            case Long n -> sb.append(n);
            case Short n -> sb.append(n);
            case Byte n -> sb.append(n);
            case BigInteger n -> sb.append(n);
            case BigDecimal n -> sb.append(n.toString());
            case Double d -> appendFloating(sb, d);
            case Float f -> appendFloating(sb, f.doubleValue());
            case byte[] bytes -> appendString(sb, Base64.getEncoder().encodeToString(bytes));
            case Collection<?> items -> appendArray(sb, items.toArray());
            case Map<?, ?> map -> appendObject(sb, map);
            default -> appendOther(sb, value);
        }
    }

    private static void appendFloating(StringBuilder sb, double d) {
        if (Double.isFinite(d)) {
            sb.append(d);
        } else {
            appendString(sb, Double.toString(d));
        }
    }

    private static void appendOther(StringBuilder sb, Object value) {
        if (value.getClass().isArray()) {
            Object[] items = new Object[Array.getLength(value)];
            for (int i = 0; i < items.length; i++) {
                items[i] = Array.get(value, i);
            }
            appendArray(sb, items);
        } else {
            appendString(sb, value.toString());
        }
    }

    private static void appendArray(StringBuilder sb, Object[] items) {
        sb.append('[');
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            appendValue(sb, items[i]);
        }
        sb.append(']');
    }

    private static void appendObject(StringBuilder sb, Map<?, ?> map) {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            appendString(sb, String.valueOf(e.getKey()));
            sb.append(':');
            appendValue(sb, e.getValue());
        }
        sb.append('}');
    }
}
