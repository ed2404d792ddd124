package io.sqlwire.core.result;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * {@code java.time} values from text, from other {@code java.time} values and, for
 * {@link Instant}, from epoch seconds.
 *
 * <p>Every source is first broken into a {@link Moment} (date, time, offset, each optional); the
 * target then takes the parts it needs. Rules: a date-time converts to its date or its time part;
 * a date alone is midnight; a value without an offset is UTC when an instant is asked for (SQLite's
 * {@code datetime()} and {@code CURRENT_TIMESTAMP} are UTC); an offset value asked for as a local
 * type keeps its wall-clock reading. Numbers are seconds since 1970-01-01T00:00Z, as SQLite's
 * {@code unixepoch()} returns, with a fraction for sub-second precision.
 */
final class TemporalConversion implements ValueConversion {

    private static final Set<Class<?>> TARGETS = Set.of(LocalDate.class, LocalTime.class,
            LocalDateTime.class, OffsetDateTime.class, OffsetTime.class, ZonedDateTime.class, Instant.class);

    @Override
    public boolean produces(Class<?> target) {
        return TARGETS.contains(target);
    }

    @Override
    public Object convert(Object value, Class<?> target) {
        Moment m = moment(value, target);
        return m == null ? null : m.to(target);
    }

    private static Moment moment(Object value, Class<?> target) {
        return switch (value) {
            case CharSequence s -> TemporalText.parse(s.toString());
            case LocalDate d -> new Moment(d, null, null);
            case LocalTime t -> new Moment(null, t, null);
            case LocalDateTime dt -> new Moment(dt.toLocalDate(), dt.toLocalTime(), null);
            case OffsetDateTime o -> Moment.of(o);
            case ZonedDateTime z -> Moment.of(z.toOffsetDateTime());
            case OffsetTime t -> new Moment(null, t.toLocalTime(), t.getOffset());
            case Instant i -> Moment.of(i.atOffset(ZoneOffset.UTC));
            case Number n when target == Instant.class -> Moment.of(epochSeconds(n).atOffset(ZoneOffset.UTC));
            default -> null;
        };
    }

    private static Instant epochSeconds(Number n) {
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return Instant.ofEpochSecond(n.longValue());
        }
        BigDecimal seconds = n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
        BigDecimal whole = seconds.setScale(0, java.math.RoundingMode.FLOOR);
        long nanos = seconds.subtract(whole).movePointRight(9).longValue();
        return Instant.ofEpochSecond(whole.longValueExact(), nanos);
    }

    /** A date/time split into parts; any part may be missing. */
    record Moment(LocalDate date, LocalTime time, ZoneOffset offset) {

        static Moment of(OffsetDateTime o) {
            return new Moment(o.toLocalDate(), o.toLocalTime(), o.getOffset());
        }

        Object to(Class<?> target) {
            if (target == LocalTime.class) {
                return needTime();
            }
            if (target == OffsetTime.class) {
                return needTime().atOffset(offsetOrUtc());
            }
            LocalDateTime local = needDate().atTime(time == null ? LocalTime.MIDNIGHT : time);
            if (target == LocalDate.class) {
                return date;
            }
            if (target == LocalDateTime.class) {
                return local;
            }
            OffsetDateTime odt = local.atOffset(offsetOrUtc());
            if (target == OffsetDateTime.class) {
                return odt;
            }
            return target == Instant.class ? odt.toInstant() : odt.toZonedDateTime();
        }

        private LocalDate needDate() {
            if (date == null) {
                throw new DateTimeException("a time of day has no date");
            }
            return date;
        }

        private LocalTime needTime() {
            if (time == null) {
                throw new DateTimeException("a date has no time of day");
            }
            return time;
        }

        private ZoneOffset offsetOrUtc() {
            return offset == null ? ZoneOffset.UTC : offset;
        }
    }
}
