package io.sqlwire.core.result;

import io.sqlwire.DataException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Converts column values to the type a caller asks for, as {@link io.sqlwire.Row#get(int, Class)}
 * promises: boxing and primitives, numeric widening and range-checked narrowing, text to numbers
 * and {@code java.time} types, anything to {@code String}. The work is done by an ordered list of
 * {@link ValueConversion} families; this class handles {@code null}, values that already have the
 * requested type, and the {@link DataException} that names the column when a family gives up.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ValueConverter {

    private static final Map<Class<?>, Class<?>> BOXES = Map.of(
            boolean.class, Boolean.class, byte.class, Byte.class, short.class, Short.class,
            int.class, Integer.class, long.class, Long.class, float.class, Float.class,
            double.class, Double.class, char.class, Character.class);

    private static final ValueConverter STANDARD = new ValueConverter(List.of(
            new NumberConversion(), new BooleanConversion(), new TextConversion(),
            new TemporalConversion(), new BinaryConversion(), new UuidConversion(),
            new EnumConversion()));

    private final List<ValueConversion> families;

    private ValueConverter(List<ValueConversion> families) {
        this.families = List.copyOf(families);
    }

    /** The standard families: numbers, booleans, text, date/time, binary, UUID, enums. */
    public static ValueConverter standard() {
        return STANDARD;
    }

    /** A converter that asks {@code family} first, then this converter's families. */
    public ValueConverter with(ValueConversion family) {
        List<ValueConversion> all = new ArrayList<>(families.size() + 1);
        all.add(family);
        all.addAll(families);
        return new ValueConverter(all);
    }

    /** The reference type for {@code type}: {@code Integer} for {@code int}, else {@code type} itself. */
    public static Class<?> boxed(Class<?> type) {
        return type.isPrimitive() ? BOXES.get(type) : type;
    }

    /**
     * Converts {@code value} to {@code type}.
     *
     * @param column the column name used in error messages
     * @return the converted value; {@code null} for SQL NULL unless {@code type} is primitive
     * @throws DataException naming the column, the value and the types when it cannot be converted
     */
    @SuppressWarnings("unchecked")
    public <T> T convert(Object value, Class<T> type, String column) {
        if (value == null) {
            if (type.isPrimitive()) {
                throw new DataException("column \"" + column + "\" is NULL and cannot be converted to " + type.getName());
            }
            return null;
        }
        Class<?> target = boxed(type);
        if (target.isInstance(value)) {
            return (T) value;
        }
        for (ValueConversion family : families) {
            if (!family.produces(target)) {
                continue;
            }
            Object result;
            try {
                result = family.convert(value, target);
            } catch (ArithmeticException e) {
                throw failure(value, target, column, e.getMessage(), "22003", e);
            } catch (DateTimeException e) {
                throw failure(value, target, column, e.getMessage(), "22007", e);
            } catch (IllegalArgumentException e) {
                throw failure(value, target, column, e.getMessage(), "22000", e);
            }
            if (result != null) {
                return (T) result;
            }
        }
        throw failure(value, target, column, "no conversion between these types", "22000", null);
    }

    /** SQLSTATE 22003 for a number out of range, 22007 for a bad date/time, 22000 otherwise. */
    private static DataException failure(Object value, Class<?> target, String column, String why,
            String sqlState, Throwable cause) {
        String message = "cannot convert column \"" + column + "\" value " + preview(value)
                + " (" + value.getClass().getSimpleName() + ") to " + target.getSimpleName()
                + (why == null || why.isEmpty() ? "" : ": " + why);
        return new DataException(message, sqlState, 0, false, cause);
    }

    /** A short rendering of a value for error messages: text quoted and cut, binary as its length. */
    static String preview(Object value) {
        if (value instanceof byte[] bytes) {
            return "<" + bytes.length + " bytes>";
        }
        String text = String.valueOf(value);
        if (text.length() > 60) {
            text = text.substring(0, 57) + "...";
        }
        return value instanceof CharSequence ? "\"" + text + "\"" : text;
    }
}
