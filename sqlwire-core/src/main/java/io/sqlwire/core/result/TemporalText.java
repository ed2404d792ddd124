package io.sqlwire.core.result;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Parses the date/time text databases print: ISO 8601 ({@code 2024-01-02T03:04:05.123+02:00}) and
 * the same with a space instead of {@code T} (SQLite's {@code 2024-01-02 03:04:05.123}, PostgreSQL's
 * {@code 2024-01-02 03:04:05+02}). A date, a time of day, or both; seconds and fraction optional;
 * offset {@code Z}, {@code +HH}, {@code +HHMM} or {@code +HH:MM}.
 */
final class TemporalText {

    private TemporalText() {
    }

    static TemporalConversion.Moment parse(String raw) {
        String text = raw.strip();
        LocalDate date = null;
        String rest = text;
        if (text.length() >= 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            date = LocalDate.parse(text.substring(0, 10));
            rest = text.substring(10);
            if (rest.isEmpty()) {
                return new TemporalConversion.Moment(date, null, null);
            }
            char sep = rest.charAt(0);
            if (sep != 'T' && sep != 't' && sep != ' ') {
                throw new DateTimeException("unexpected text after the date");
            }
            rest = rest.substring(1).strip();
        }
        int offsetAt = offsetStart(rest);
        LocalTime time = LocalTime.parse(rest.substring(0, offsetAt).strip());
        ZoneOffset offset = offsetAt == rest.length() ? null
                : ZoneOffset.of(rest.substring(offsetAt).strip().toUpperCase(Locale.ROOT));
        return new TemporalConversion.Moment(date, time, offset);
    }

    /** Index where the offset begins in {@code 03:04:05.1+02:00}, or the length when there is none. */
    private static int offsetStart(String time) {
        for (int i = 0; i < time.length(); i++) {
            char c = time.charAt(i);
            if (c == '+' || c == '-' || c == 'Z' || c == 'z') {
                return i;
            }
        }
        return time.length();
    }
}
