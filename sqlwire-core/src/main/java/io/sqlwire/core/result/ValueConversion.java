package io.sqlwire.core.result;

/**
 * One family of value conversions used by {@link io.sqlwire.Row#get(int, Class)}: numbers,
 * booleans, text, date/time, binary, UUIDs, enums. A {@link ValueConverter} asks its families in
 * order; the type-codec registry plugs in by adding a family in front of the standard ones with
 * {@link ValueConverter#with(ValueConversion)}.
 */
public interface ValueConversion {

    /**
     * Whether this family may produce {@code target}.
     *
     * @param target the requested type, always a reference type ({@code Integer}, never {@code int})
     */
    boolean produces(Class<?> target);

    /**
     * Converts {@code value} to {@code target}.
     *
     * @param value never {@code null}, and never already an instance of {@code target}
     * @param target a type for which {@link #produces} answered {@code true}
     * @return the converted value, or {@code null} to let the next family try
     * @throws ArithmeticException for a number out of range (reported with SQLSTATE 22003),
     *     {@link java.time.DateTimeException} for bad date/time text (22007), or
     *     {@link IllegalArgumentException} for anything else (22000); the message says why and is
     *     put after the column name and value
     */
    Object convert(Object value, Class<?> target);
}
