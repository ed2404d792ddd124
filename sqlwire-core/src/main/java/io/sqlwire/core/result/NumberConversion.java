package io.sqlwire.core.result;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Set;

/**
 * Numbers: widening always, narrowing only when the value fits exactly (an integral target never
 * drops a fractional part), text parsed as a decimal number, booleans as 1 and 0.
 */
final class NumberConversion implements ValueConversion {

    private static final Set<Class<?>> TARGETS = Set.of(Byte.class, Short.class, Integer.class,
            Long.class, BigInteger.class, Float.class, Double.class, BigDecimal.class, Number.class);

    @Override
    public boolean produces(Class<?> target) {
        return TARGETS.contains(target);
    }

    @Override
    public Object convert(Object value, Class<?> target) {
        Object source = normalize(value);
        if (source == null) {
            return null;
        }
        if (target == Double.class) {
            return toDouble(source);
        }
        if (target == Float.class) {
            return toFloat(source);
        }
        if (target == BigDecimal.class) {
            return toBigDecimal(source);
        }
        if (target == Number.class) {
            return source instanceof BigDecimal d ? narrowest(d) : source;
        }
        return toIntegral(toBigInteger(source), target);
    }

    /** The value as Long, BigInteger, BigDecimal or Double; {@code null} when it is not numeric. */
    private static Object normalize(Object value) {
        return switch (value) {
            case Long l -> l;
            case Integer i -> (long) i;
            case Short s -> (long) s;
            case Byte b -> (long) b;
            case BigInteger b -> b;
            case BigDecimal d -> d;
            case Double d -> d;
            case Float f -> (double) f;
            case Number n -> n.doubleValue();
            case Boolean b -> b ? 1L : 0L;
            case CharSequence s -> parse(s.toString().strip());
            default -> null;
        };
    }

    private static Object parse(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty text is not a number");
        }
        switch (text) {
            case "NaN", "nan":
                return Double.NaN;
            case "Infinity", "infinity", "+Infinity", "inf":
                return Double.POSITIVE_INFINITY;
            case "-Infinity", "-infinity", "-inf":
                return Double.NEGATIVE_INFINITY;
            default:
                break;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number");
        }
    }

    private static Double toDouble(Object source) {
        double d = source instanceof Number n ? n.doubleValue() : Double.NaN;
        if (Double.isInfinite(d) && !(source instanceof Double)) {
            throw new ArithmeticException("out of range for Double");
        }
        return d;
    }

    private static Float toFloat(Object source) {
        double d = toDouble(source);
        if (Double.isFinite(d) && Math.abs(d) > Float.MAX_VALUE) {
            throw new ArithmeticException("out of range for Float");
        }
        return (float) d;
    }

    private static BigDecimal toBigDecimal(Object source) {
        return switch (source) {
            case Long l -> BigDecimal.valueOf(l);
            case BigInteger b -> new BigDecimal(b);
            case BigDecimal d -> d;
            case Double d -> {
                if (!Double.isFinite(d)) {
                    throw new ArithmeticException(d + " has no decimal value");
                }
                // valueOf uses the shortest decimal that reads back as d: 0.1 stays 0.1
                yield BigDecimal.valueOf(d);
            }
            default -> throw new IllegalArgumentException("not a number");
        };
    }

    private static BigInteger toBigInteger(Object source) {
        BigDecimal decimal = switch (source) {
            case Long l -> null;
            case BigInteger b -> null;
            default -> toBigDecimal(source);
        };
        if (decimal == null) {
            return source instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) source;
        }
        try {
            return decimal.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new ArithmeticException("has a fractional part");
        }
    }

    private static Object toIntegral(BigInteger value, Class<?> target) {
        if (target == BigInteger.class) {
            return value;
        }
        if (value.bitLength() > 63) {
            throw outOfRange(target);
        }
        long v = value.longValue();
        if (target == Long.class) {
            return v;
        }
        if (target == Integer.class) {
            return (int) checkRange(v, Integer.MIN_VALUE, Integer.MAX_VALUE, target);
        }
        if (target == Short.class) {
            return (short) checkRange(v, Short.MIN_VALUE, Short.MAX_VALUE, target);
        }
        return (byte) checkRange(v, Byte.MIN_VALUE, Byte.MAX_VALUE, target);
    }

    private static long checkRange(long v, long min, long max, Class<?> target) {
        if (v < min || v > max) {
            throw outOfRange(target);
        }
        return v;
    }

    private static ArithmeticException outOfRange(Class<?> target) {
        return new ArithmeticException("out of range for " + target.getSimpleName());
    }

    /** Parsed text asked for as a plain {@code Number}: a Long when it is integral and fits. */
    private static Number narrowest(BigDecimal d) {
        try {
            return d.longValueExact();
        } catch (ArithmeticException e) {
            return d;
        }
    }
}
