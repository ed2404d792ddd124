package io.sqlwire.postgres.type;

import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.TypeRef;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * timestamptz as {@link OffsetDateTime} in UTC, whatever the session TimeZone (the text form
 * carries the session's offset; the value is converted). {@code infinity} and {@code -infinity}
 * decode to {@link OffsetDateTime#MAX} and {@link OffsetDateTime#MIN} (whose offsets are -18:00
 * and +18:00: the sentinels are the only non-UTC values). OffsetDateTime, {@link Instant} and
 * {@link ZonedDateTime} encode; their MAX/MIN encode as ±infinity. Binary as timestamp, counted
 * from 2000-01-01 00:00 UTC.
 */
final class TimestampTzCodec extends PgCodec<OffsetDateTime> {
    static final TimestampTzCodec INSTANCE = new TimestampTzCodec();

    private TimestampTzCodec() {
        super(OffsetDateTime.class, true, PgTypes.TIMESTAMPTZ);
    }

    @Override
    OffsetDateTime decodeText(TypeRef type, ByteBuffer value, CodecContext context) {
        String s = text(value, context);
        return switch (s) {
            case PgTime.INFINITY -> OffsetDateTime.MAX;
            case PgTime.MINUS_INFINITY -> OffsetDateTime.MIN;
            default -> {
                String t = PgTime.stripBc(s);
                int space = t.indexOf(' ');
                if (space < 0) {
                    throw new IllegalArgumentException("not a timestamp: \"" + s + "\"");
                }
                int zone = PgTime.offsetStart(t, space + 1);
                long micros = PgTime.timeMicros(t, space + 1, zone);
                LocalDateTime local = PgTime.date(t, 0, space, PgTime.isBc(s)).atStartOfDay().plusNanos(micros * 1000);
                yield local.atOffset(PgTime.offset(t, zone, t.length())).withOffsetSameInstant(ZoneOffset.UTC);
            }
        };
    }

    @Override
    OffsetDateTime decodeBinary(TypeRef type, ByteBuffer value, CodecContext context) {
        long micros = value.getLong();
        if (micros == Long.MAX_VALUE) {
            return OffsetDateTime.MAX;
        }
        if (micros == Long.MIN_VALUE) {
            return OffsetDateTime.MIN;
        }
        long seconds = Math.floorDiv(micros, 1_000_000L) + PgTime.EPOCH_SECOND_2000;
        int nanos = (int) Math.floorMod(micros, 1_000_000L) * 1000;
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds, nanos), ZoneOffset.UTC);
    }

    @Override
    int parameterOid(Object value) {
        return value instanceof OffsetDateTime || value instanceof Instant || value instanceof ZonedDateTime
                ? PgTypes.TIMESTAMPTZ : 0;
    }

    /** The instant, or null for the ±infinity sentinels (then {@code infinite} tells which). */
    private static Instant instant(Object value) {
        return switch (value) {
            case OffsetDateTime o when o.equals(OffsetDateTime.MAX) || o.equals(OffsetDateTime.MIN) -> null;
            case OffsetDateTime o -> o.toInstant();
            case ZonedDateTime z -> z.toInstant();
            default -> (Instant) value;
        };
    }

    private static int infinity(Object value) {
        if (value.equals(OffsetDateTime.MAX) || value.equals(Instant.MAX)) {
            return 1;
        }
        return value.equals(OffsetDateTime.MIN) || value.equals(Instant.MIN) ? -1 : 0;
    }

    @Override
    byte[] encodeBinary(Object value, CodecContext context) {
        int inf = infinity(value);
        long micros = inf > 0 ? Long.MAX_VALUE : inf < 0 ? Long.MIN_VALUE : 0;
        if (inf == 0) {
            Instant i = instant(value);
            micros = PgTime.micros2000(i.getEpochSecond(), i.getNano());
        }
        return ByteBuffer.allocate(8).putLong(micros).array();
    }

    @Override
    String encodeText(Object value) {
        int inf = infinity(value);
        if (inf != 0) {
            return inf > 0 ? PgTime.INFINITY : PgTime.MINUS_INFINITY;
        }
        LocalDateTime utc = LocalDateTime.ofInstant(instant(value), ZoneOffset.UTC);
        String date = PgTime.dateText(utc.toLocalDate());
        String bc = PgTime.isBc(date) ? " BC" : "";
        return PgTime.stripBc(date) + " " + utc.toLocalTime() + "+00" + bc;
    }
}
