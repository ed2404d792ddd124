package io.sqlwire.core.result;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Anything to {@code String}; one-character text to {@code Character}. Decimals print without an
 * exponent and binary values decode as UTF-8 (malformed bytes become U+FFFD), as SQLite's
 * {@code CAST(x AS TEXT)} does.
 */
final class TextConversion implements ValueConversion {

    @Override
    public boolean produces(Class<?> target) {
        return target == String.class || target == Character.class || target == CharSequence.class;
    }

    @Override
    public Object convert(Object value, Class<?> target) {
        String text = toText(value);
        if (target != Character.class) {
            return text;
        }
        if (text.length() != 1) {
            throw new IllegalArgumentException("not a single character");
        }
        return text.charAt(0);
    }

    private static String toText(Object value) {
        return switch (value) {
            case BigDecimal d -> d.toPlainString();
            case byte[] b -> new String(b, StandardCharsets.UTF_8);
            case Object[] a -> Arrays.deepToString(a);
            default -> value.toString();
        };
    }
}
