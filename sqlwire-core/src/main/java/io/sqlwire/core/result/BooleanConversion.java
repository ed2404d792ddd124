package io.sqlwire.core.result;

import java.math.BigDecimal;
import java.util.Locale;

/** Booleans from the numbers 0 and 1 and from the words databases print for them. */
final class BooleanConversion implements ValueConversion {

    @Override
    public boolean produces(Class<?> target) {
        return target == Boolean.class;
    }

    @Override
    public Object convert(Object value, Class<?> target) {
        return switch (value) {
            case Number n -> fromNumber(n);
            case CharSequence s -> fromText(s.toString());
            default -> null;
        };
    }

    private static Boolean fromNumber(Number n) {
        int sign;
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            sign = d == 0 ? 0 : d == 1 ? 1 : -1;
        } else {
            BigDecimal d = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
            sign = d.signum() == 0 ? 0 : d.compareTo(BigDecimal.ONE) == 0 ? 1 : -1;
        }
        if (sign < 0) {
            throw new IllegalArgumentException("only 0 and 1 are booleans");
        }
        return sign == 1;
    }

    private static Boolean fromText(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "t", "yes", "y", "on", "1" -> true;
            case "false", "f", "no", "n", "off", "0" -> false;
            default -> throw new IllegalArgumentException("not a boolean (true/false, t/f, yes/no, on/off, 1/0)");
        };
    }
}
