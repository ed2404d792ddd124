package io.sqlwire.sqlite;

import io.sqlwire.DataException;
import io.sqlwire.InterfaceException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.HexFormat;
import java.util.UUID;

/**
 * SQL literals for SQLite and the text forms parameters are bound with. Both follow the same
 * rules (see the package documentation), so {@code select <literal>} gives back what binding the
 * value as a parameter would.
 */
final class SqliteLiterals {

    /** {@code HH:mm:ss} plus a fraction only when there is one, as SQLite writes times. */
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendPattern("HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .toFormatter();
    private static final DateTimeFormatter OFFSET = new DateTimeFormatterBuilder()
            .appendOffset("+HH:MM", "+00:00")
            .toFormatter();

    private SqliteLiterals() {
    }

    /**
     * {@code value} as an SQLite literal.
     *
     * @throws DataException for NaN or text with a NUL character, which SQLite literals cannot hold
     * @throws InterfaceException for a type with no SQLite representation
     */
    static String literal(Object value) {
        return switch (value) {
            case null -> "NULL";
            case Long l -> l.toString();
            case Integer i -> i.toString();
            case Short s -> s.toString();
            case Byte b -> b.toString();
            case BigInteger b -> b.bitLength() < 64 ? b.toString() : quote(b.toString());
            case Double d -> real(d);
            case Float f -> real(floatValue(f));
            case BigDecimal d -> quote(d.toPlainString());
            case Boolean b -> b ? "1" : "0";
            case byte[] bytes -> "X'" + HexFormat.of().withUpperCase().formatHex(bytes) + "'";
            default -> quote(text(value, "literal"));
        };
    }

    /** {@code text} with each {@code '} doubled, ready to go between single quotes. */
    static String escape(String text) {
        return text.replace("'", "''");
    }

    /** The double a float stands for in decimal: 0.1f binds as 0.1, not 0.10000000149011612. */
    static double floatValue(Float f) {
        return Float.isFinite(f) ? Double.parseDouble(Float.toString(f)) : f.doubleValue();
    }

    /**
     * The text form of a value that SQLite stores as TEXT.
     *
     * @param use "literal" or "parameter N", for the error message
     * @throws InterfaceException for a type with no SQLite representation
     */
    static String text(Object value, String use) {
        return switch (value) {
            case CharSequence s -> s.toString();
            case Character c -> c.toString();
            case UUID u -> u.toString();
            case Enum<?> e -> e.name();
            case LocalDate d -> d.toString();
            case LocalTime t -> TIME.format(t);
            case LocalDateTime dt -> dt.toLocalDate() + " " + TIME.format(dt.toLocalTime());
            case OffsetDateTime o -> o.toLocalDate() + " " + TIME.format(o.toLocalTime()) + OFFSET.format(o);
            case ZonedDateTime z -> text(z.toOffsetDateTime(), use);
            case OffsetTime t -> TIME.format(t.toLocalTime()) + OFFSET.format(t);
            // UTC without an offset: the form of SQLite's datetime('now') and CURRENT_TIMESTAMP
            case Instant i -> text(LocalDateTime.ofInstant(i, ZoneOffset.UTC), use);
            default -> throw new InterfaceException("cannot use a " + value.getClass().getName() + " as " + use
                    + " for SQLite: use a number, String, byte[], Boolean, BigDecimal, UUID or java.time value");
        };
    }

    private static String real(double d) {
        if (Double.isNaN(d)) {
            throw new DataException("NaN has no SQLite literal (SQLite stores it as NULL)", "22000", 0, false, null);
        }
        if (Double.isInfinite(d)) {
            // SQLite reads an out-of-range real literal as infinity
            return d > 0 ? "9e999" : "-9e999";
        }
        return Double.toString(d);
    }

    private static String quote(String text) {
        if (text.indexOf('\0') >= 0) {
            throw new DataException("text with a NUL character cannot be an SQLite literal: bind it as a parameter",
                    "22021", 0, false, null);
        }
        return "'" + escape(text) + "'";
    }
}
