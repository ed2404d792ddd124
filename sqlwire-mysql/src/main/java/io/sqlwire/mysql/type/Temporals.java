package io.sqlwire.mysql.type;

import io.sqlwire.DataException;
import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.TypeRef;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Parsing and printing of MySQL's temporal text forms, and the zero-date rule shared by the DATE
 * and DATETIME codecs.
 * <pre>
 * DATE       YYYY-MM-DD
 * DATETIME   YYYY-MM-DD hh:mm:ss[.f{1,6}]     (TIMESTAMP alike)
 * TIME       [-]h{1,3}:mm:ss[.f{1,6}]         -838:59:59 to 838:59:59
 * </pre>
 */
final class Temporals {

    private Temporals() {
    }

    /** {@code [year, month, day]} from the first 10 characters of {@code s}. */
    static int[] dateParts(String s) {
        if (s.length() < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            throw new IllegalArgumentException("not a date: \"" + s + "\"");
        }
        return new int[] {digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10)};
    }

    /** Nanoseconds from {@code hh:mm:ss[.ffffff]} starting at {@code from}; hours may exceed 24 (TIME). */
    static long timeNanos(String s, int from) {
        int colon = s.indexOf(':', from);
        if (colon < 0 || s.length() < colon + 6 || s.charAt(colon + 3) != ':') {
            throw new IllegalArgumentException("not a time: \"" + s + "\"");
        }
        long hours = digits(s, from, colon);
        long minutes = digits(s, colon + 1, colon + 3);
        long seconds = digits(s, colon + 4, colon + 6);
        long nanos = 0;
        if (s.length() > colon + 6) {
            if (s.charAt(colon + 6) != '.' || s.length() > colon + 16) {
                throw new IllegalArgumentException("not a time: \"" + s + "\"");
            }
            String frac = (s.substring(colon + 7) + "000000000").substring(0, 9);
            nanos = digits(frac, 0, 9);
        }
        return ((hours * 60 + minutes) * 60 + seconds) * 1_000_000_000L + nanos;
    }

    private static int digits(String s, int from, int to) {
        if (from >= to) {
            throw new IllegalArgumentException("missing digits in \"" + s + "\"");
        }
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("unexpected '" + c + "' in \"" + s + "\"");
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /**
     * The date for these parts, applying the session's {@link ZeroDateBehavior} to a zero month or
     * day; {@code null} when the behaviour is NULL.
     */
    static LocalDate date(int year, int month, int day, TypeRef type, CodecContext context) {
        if (month != 0 && day != 0) {
            return LocalDate.of(year, month, day);
        }
        return switch (MySqlCodecContext.zeroDates(context)) {
            case NULL -> null;
            case EXCEPTION -> throw new DataException(String.format("%s value %04d-%02d-%02d has a zero month or day "
                    + "(zero_date_behavior=exception; null or round would accept it)", MySqlTypes.describe(type),
                    year, month, day));
            case ROUND -> LocalDate.of(year == 0 && month == 0 && day == 0 ? 1 : year, Math.max(1, month),
                    Math.max(1, day));
        };
    }

    /** DATETIME text: the date (zero rule applied) at the time of day, or {@code null}. */
    static LocalDateTime dateTime(String s, TypeRef type, CodecContext context) {
        int[] d = dateParts(s);
        LocalDate date = date(d[0], d[1], d[2], type, context);
        if (date == null) {
            return null;
        }
        long nanos = s.length() > 10 ? timeNanos(s, 11) : 0;
        return date.atTime(LocalTime.ofNanoOfDay(nanos));
    }

    /** TIME text as a Duration: negative and beyond 24 hours allowed. */
    static Duration time(String s) {
        boolean negative = s.startsWith("-");
        long nanos = timeNanos(s, negative ? 1 : 0);
        return Duration.ofNanos(negative ? -nanos : nanos);
    }

    /** {@code 2024-01-02 03:04:05[.123456]}, fraction to microseconds (nanoseconds below are dropped). */
    static String format(LocalDateTime t) {
        return format(t.toLocalDate()) + " " + format(t.toLocalTime());
    }

    static String format(LocalDate d) {
        return String.format("%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    static String format(LocalTime t) {
        return String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond()) + fraction(t.getNano());
    }

    /** {@code [-]h:mm:ss[.ffffff]}. */
    static String format(Duration d) {
        Duration abs = d.abs();
        return (d.isNegative() ? "-" : "") + String.format("%d:%02d:%02d", abs.toHours(), abs.toMinutesPart(),
                abs.toSecondsPart()) + fraction(abs.toNanosPart());
    }

    private static String fraction(int nanos) {
        int micros = nanos / 1000;
        return micros == 0 ? "" : String.format(".%06d", micros);
    }
}
