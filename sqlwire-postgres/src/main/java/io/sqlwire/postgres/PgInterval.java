package io.sqlwire.postgres;

import java.time.Duration;
import java.time.Period;

/**
 * A PostgreSQL {@code interval}: months, days and microseconds kept apart, as the server keeps
 * them, because a month has no fixed number of days and a day has no fixed number of hours
 * across a daylight-saving change. Each part carries its own sign.
 *
 * @param months whole months (years are twelve months)
 * @param days whole days
 * @param microseconds the time part
 */
public record PgInterval(int months, int days, long microseconds) {

    /** The zero interval. */
    public static final PgInterval ZERO = new PgInterval(0, 0, 0);

    /** An interval of {@code period}'s years, months and days. */
    public static PgInterval of(Period period) {
        return new PgInterval(Math.toIntExact(period.toTotalMonths()), period.getDays(), 0);
    }

    /**
     * An interval of {@code duration} as a time part only (PostgreSQL keeps 100 hours as
     * {@code 100:00:00}), truncated to the microsecond.
     */
    public static PgInterval of(Duration duration) {
        long micros = Math.addExact(Math.multiplyExact(duration.getSeconds(), 1_000_000L), duration.getNano() / 1000);
        return new PgInterval(0, 0, micros);
    }

    /**
     * The interval as a {@link Period} of years, months and days.
     *
     * @throws ArithmeticException when it has a time part, which a Period cannot hold
     */
    public Period toPeriod() {
        if (microseconds != 0) {
            throw new ArithmeticException("interval " + this + " has a time part; a Period cannot hold it");
        }
        return Period.of(months / 12, months % 12, days);
    }

    /**
     * The interval as a {@link Duration}.
     *
     * @throws ArithmeticException when it has months or days, whose length in time is not fixed
     */
    public Duration toDuration() {
        if (months != 0 || days != 0) {
            throw new ArithmeticException("interval " + this + " has months or days; their length in time is not fixed");
        }
        return Duration.ofSeconds(Math.floorDiv(microseconds, 1_000_000L), Math.floorMod(microseconds, 1_000_000L) * 1000);
    }

    /**
     * ISO 8601, as PostgreSQL's {@code IntervalStyle iso_8601} writes it: {@code P1Y2M3DT4H5M6.5S},
     * each part with its own sign, {@code PT0S} for zero.
     */
    @Override
    public String toString() {
        if (months == 0 && days == 0 && microseconds == 0) {
            return "PT0S";
        }
        StringBuilder sb = new StringBuilder("P");
        part(sb, months / 12, 'Y');
        part(sb, months % 12, 'M');
        part(sb, days, 'D');
        if (microseconds != 0) {
            sb.append('T');
            long abs = Math.abs(microseconds);
            String sign = microseconds < 0 ? "-" : "";
            long hours = abs / 3_600_000_000L;
            long minutes = abs / 60_000_000L % 60;
            long micros = abs % 60_000_000L;
            if (hours != 0) {
                sb.append(sign).append(hours).append('H');
            }
            if (minutes != 0) {
                sb.append(sign).append(minutes).append('M');
            }
            if (micros != 0) {
                sb.append(sign).append(micros / 1_000_000);
                if (micros % 1_000_000 != 0) {
                    sb.append('.').append(String.format("%06d", micros % 1_000_000).replaceAll("0+$", ""));
                }
                sb.append('S');
            }
        }
        return sb.toString();
    }

    private static void part(StringBuilder sb, long value, char unit) {
        if (value != 0) {
            sb.append(value).append(unit);
        }
    }
}
