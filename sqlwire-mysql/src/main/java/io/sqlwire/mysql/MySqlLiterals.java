package io.sqlwire.mysql;

import io.sqlwire.DataException;
import io.sqlwire.InterfaceException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.HexFormat;
import java.util.UUID;

/**
 * SQL literals for MySQL and MariaDB, as client-side parameter interpolation and
 * {@code Connection.literal()} write them. Strings are escaped for the session's current
 * {@code NO_BACKSLASH_ESCAPES} state; bytes are hex literals {@code X'..'}; date and time values
 * are typed literals ({@code DATE '...'}, {@code TIME '...'}, {@code TIMESTAMP '...'}) with
 * microseconds; instants and zoned values are written in UTC, since MySQL literals carry no zone.
 */
final class MySqlLiterals {

    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendPattern("HH:mm:ss").appendFraction(ChronoField.MICRO_OF_SECOND, 0, 6, true).toFormatter();

    private MySqlLiterals() {
    }

    /**
     * @throws DataException for NaN and infinities, which MySQL cannot store
     * @throws InterfaceException for a type with no MySQL literal
     */
    static String literal(Object value, boolean noBackslashEscapes) {
        return switch (value) {
            case null -> "NULL";
            case Boolean b -> b ? "TRUE" : "FALSE";
            case Long l -> l.toString();
            case Integer i -> i.toString();
            case Short s -> s.toString();
            case Byte b -> b.toString();
            case BigInteger b -> b.toString();
            case BigDecimal d -> d.toPlainString();
            case Double d -> real(d);
            case Float f -> real(Double.parseDouble(Float.toString(f)));
            case byte[] bytes -> "X'" + HexFormat.of().withUpperCase().formatHex(bytes) + "'";
            case LocalDate d -> "DATE '" + d + "'";
            case LocalTime t -> "TIME '" + TIME.format(t) + "'";
            case LocalDateTime dt -> "TIMESTAMP '" + dt.toLocalDate() + " " + TIME.format(dt.toLocalTime()) + "'";
            case OffsetDateTime o -> literal(o.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime(), false);
            case ZonedDateTime z -> literal(z.toOffsetDateTime(), false);
            case Instant i -> literal(LocalDateTime.ofInstant(i, ZoneOffset.UTC), false);
            case java.time.Duration d -> "TIME '" + time(d) + "'";
            case CharSequence s -> quote(s.toString(), noBackslashEscapes);
            case Character c -> quote(c.toString(), noBackslashEscapes);
            case UUID u -> quote(u.toString(), false);
            case Enum<?> e -> quote(e.name(), noBackslashEscapes);
            default -> throw new InterfaceException("cannot use a " + value.getClass().getName() + " as a MySQL"
                    + " value: use a number, String, byte[], Boolean, BigDecimal, UUID or java.time value");
        };
    }

    /** A TIME value: {@code [-]h:mm:ss[.ffffff]}, hours beyond 24 allowed (MySQL's range is +-838 h). */
    private static String time(java.time.Duration d) {
        java.time.Duration abs = d.abs();
        long micros = abs.toNanosPart() / 1000;
        String s = (d.isNegative() ? "-" : "") + abs.toHours() + ":" + String.format("%02d:%02d", abs.toMinutesPart(),
                abs.toSecondsPart());
        return micros == 0 ? s : s + "." + String.format("%06d", micros);
    }

    static String quote(String text, boolean noBackslashEscapes) {
        return "'" + escape(text, noBackslashEscapes) + "'";
    }

    /**
     * The text with what must be escaped inside {@code '...'} escaped. With backslash escapes on
     * (the default), NUL, quotes, backslash, newline, carriage return and Ctrl-Z get a backslash
     * form, which also keeps the text safe inside {@code "..."}; under NO_BACKSLASH_ESCAPES only
     * the single quote is doubled, as a backslash is then an ordinary character.
     */
    static String escape(String text, boolean noBackslashEscapes) {
        if (noBackslashEscapes) {
            return text.replace("'", "''");
        }
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\0' -> b.append("\\0");
                case '\'' -> b.append("\\'");
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\u001a' -> b.append("\\Z");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String real(double d) {
        if (!Double.isFinite(d)) {
            throw new DataException(d + " has no MySQL literal: MySQL stores no NaN or infinity", "22003", 0, false,
                    null);
        }
        String s = Double.toString(d);
        // the exponent makes MySQL read a DOUBLE; "1.5" alone would be an exact DECIMAL
        return s.indexOf('E') >= 0 ? s : s + "E0";
    }
}
