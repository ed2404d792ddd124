package io.sqlwire.postgres.type;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Shared arithmetic and text parsing for the date/time codecs. Binary values count from
 * PostgreSQL's epoch, 2000-01-01 00:00 (UTC for timestamptz): days for date, microseconds for the
 * others; infinity is the largest value of the type and -infinity the smallest. Text values follow
 * DateStyle ISO: {@code yyyy-mm-dd hh:mm:ss[.ffffff][+hh[:mm[:ss]]]} with at least four year
 * digits and {@code " BC"} at the very end for years before 1 AD (1 BC is ISO year 0).
 */
final class PgTime {
    static final long EPOCH_DAY_2000 = LocalDate.of(2000, 1, 1).toEpochDay();
    static final long EPOCH_SECOND_2000 = EPOCH_DAY_2000 * 86_400;
    static final long MICROS_PER_DAY = 86_400_000_000L;
    static final String INFINITY = "infinity";
    static final String MINUS_INFINITY = "-infinity";
    private static final String BC = " BC";

    private PgTime() {
    }

    /** Whether the text ends in " BC". */
    static boolean isBc(String s) {
        return s.endsWith(BC);
    }

    /** {@code s} without a trailing " BC". */
    static String stripBc(String s) {
        return isBc(s) ? s.substring(0, s.length() - BC.length()) : s;
    }

    /** Parses {@code yyyy-mm-dd} in {@code s[from, to)}; {@code bc} turns year y into 1 - y. */
    static LocalDate date(String s, int from, int to, boolean bc) {
        int dash1 = s.indexOf('-', from);
        int dash2 = s.indexOf('-', dash1 + 1);
        if (dash1 < 0 || dash2 < 0 || dash2 >= to) {
            throw new IllegalArgumentException("not a date: \"" + s + "\"");
        }
        int year = Integer.parseInt(s, from, dash1, 10);
        int month = Integer.parseInt(s, dash1 + 1, dash2, 10);
        int day = Integer.parseInt(s, dash2 + 1, to, 10);
        return LocalDate.of(bc ? 1 - year : year, month, day);
    }

    /** Parses {@code hh:mm:ss[.ffffff]} in {@code s[from, to)} to microseconds since midnight (24:00:00 included). */
    static long timeMicros(String s, int from, int to) {
        if (to - from < 8 || s.charAt(from + 2) != ':' || s.charAt(from + 5) != ':') {
            throw new IllegalArgumentException("not a time: \"" + s + "\"");
        }
        long h = Integer.parseInt(s, from, from + 2, 10);
        long m = Integer.parseInt(s, from + 3, from + 5, 10);
        long sec = Integer.parseInt(s, from + 6, from + 8, 10);
        long micros = 0;
        if (to > from + 8) {
            if (s.charAt(from + 8) != '.' || to - from - 9 > 6 || to - from - 9 < 1) {
                throw new IllegalArgumentException("not a time: \"" + s + "\"");
            }
            micros = Integer.parseInt(s, from + 9, to, 10);
            for (int i = to - from - 9; i < 6; i++) {
                micros *= 10;
            }
        }
        long total = ((h * 60 + m) * 60 + sec) * 1_000_000 + micros;
        if (m > 59 || sec > 59 || total > MICROS_PER_DAY) {
            throw new IllegalArgumentException("time out of range: \"" + s + "\"");
        }
        return total;
    }

    /** Parses {@code +hh[:mm[:ss]]} or {@code -...} in {@code s[from, to)}. */
    static ZoneOffset offset(String s, int from, int to) {
        char sign = s.charAt(from);
        if (sign != '+' && sign != '-') {
            throw new IllegalArgumentException("not a time zone offset: \"" + s + "\"");
        }
        int h = Integer.parseInt(s, from + 1, Math.min(to, from + 3), 10);
        int m = to >= from + 6 ? Integer.parseInt(s, from + 4, from + 6, 10) : 0;
        int sec = to >= from + 9 ? Integer.parseInt(s, from + 7, from + 9, 10) : 0;
        return sign == '+' ? ZoneOffset.ofHoursMinutesSeconds(h, m, sec)
                : ZoneOffset.ofHoursMinutesSeconds(-h, -m, -sec);
    }

    /** The start of the zone offset in a time or timestamp text: the last sign after the time's colons. */
    static int offsetStart(String s, int timeStart) {
        for (int i = s.length() - 1; i > timeStart; i--) {
            char c = s.charAt(i);
            if (c == '+' || c == '-') {
                return i;
            }
        }
        throw new IllegalArgumentException("no time zone offset in \"" + s + "\"");
    }

    /** A time of day from microseconds since midnight; 24:00:00, which Java cannot hold, becomes {@link LocalTime#MAX}. */
    static LocalTime localTime(long micros) {
        if (micros == MICROS_PER_DAY) {
            return LocalTime.MAX;
        }
        if (micros < 0 || micros > MICROS_PER_DAY) {
            throw new IllegalArgumentException("time of day out of range: " + micros + " microseconds");
        }
        return LocalTime.ofNanoOfDay(micros * 1000);
    }

    /** Microseconds since midnight, rounded half up from nanoseconds; {@link LocalTime#MAX} gives 24:00:00. */
    static long micros(LocalTime t) {
        return t.equals(LocalTime.MAX) ? MICROS_PER_DAY : (t.toNanoOfDay() + 500) / 1000;
    }

    /** Rounds an epoch second and nano to microseconds since 2000-01-01, half up. */
    static long micros2000(long epochSecond, int nano) {
        long micros = Math.multiplyExact(epochSecond - EPOCH_SECOND_2000, 1_000_000L);
        return Math.addExact(micros, (nano + 500) / 1000);
    }

    /** ISO year text as PostgreSQL reads it: at least four digits, " BC" for years before 1. */
    static String dateText(LocalDate d) {
        int year = d.getYear();
        boolean bc = year <= 0;
        String y = String.format("%04d", bc ? 1 - year : year);
        return y + String.format("-%02d-%02d", d.getMonthValue(), d.getDayOfMonth()) + (bc ? BC : "");
    }
}
