package io.sqlwire.postgres.type;

import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.TypeRef;
import java.nio.ByteBuffer;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * timestamp as {@link LocalDateTime}; {@code infinity} and {@code -infinity} decode to
 * {@link LocalDateTime#MAX} and {@link LocalDateTime#MIN} and encode back. Binary: int64
 * microseconds since 2000-01-01 00:00, infinity Long.MAX_VALUE, -infinity Long.MIN_VALUE.
 * Encoding rounds to the microsecond, half up.
 */
final class TimestampCodec extends PgCodec<LocalDateTime> {
    static final TimestampCodec INSTANCE = new TimestampCodec();

    private TimestampCodec() {
        super(LocalDateTime.class, true, PgTypes.TIMESTAMP);
    }

    @Override
    LocalDateTime decodeText(TypeRef type, ByteBuffer value, CodecContext context) {
        String s = text(value, context);
        return switch (s) {
            case PgTime.INFINITY -> LocalDateTime.MAX;
            case PgTime.MINUS_INFINITY -> LocalDateTime.MIN;
            default -> {
                String t = PgTime.stripBc(s);
                int space = t.indexOf(' ');
                if (space < 0) {
                    throw new IllegalArgumentException("not a timestamp: \"" + s + "\"");
                }
                long micros = PgTime.timeMicros(t, space + 1, t.length());
                yield PgTime.date(t, 0, space, PgTime.isBc(s)).atStartOfDay().plusNanos(micros * 1000);
            }
        };
    }

    @Override
    LocalDateTime decodeBinary(TypeRef type, ByteBuffer value, CodecContext context) {
        long micros = value.getLong();
        if (micros == Long.MAX_VALUE) {
            return LocalDateTime.MAX;
        }
        if (micros == Long.MIN_VALUE) {
            return LocalDateTime.MIN;
        }
        long seconds = Math.floorDiv(micros, 1_000_000L) + PgTime.EPOCH_SECOND_2000;
        int nanos = (int) Math.floorMod(micros, 1_000_000L) * 1000;
        return LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.UTC);
    }

    @Override
    int parameterOid(Object value) {
        return value instanceof LocalDateTime ? PgTypes.TIMESTAMP : 0;
    }

    @Override
    byte[] encodeBinary(Object value, CodecContext context) {
        LocalDateTime t = (LocalDateTime) value;
        long micros;
        if (t.equals(LocalDateTime.MAX)) {
            micros = Long.MAX_VALUE;
        } else if (t.equals(LocalDateTime.MIN)) {
            micros = Long.MIN_VALUE;
        } else {
            micros = PgTime.micros2000(t.toEpochSecond(ZoneOffset.UTC), t.getNano());
        }
        return ByteBuffer.allocate(8).putLong(micros).array();
    }

    @Override
    String encodeText(Object value) {
        LocalDateTime t = (LocalDateTime) value;
        if (t.equals(LocalDateTime.MAX)) {
            return PgTime.INFINITY;
        }
        if (t.equals(LocalDateTime.MIN)) {
            return PgTime.MINUS_INFINITY;
        }
        String date = PgTime.dateText(t.toLocalDate());
        String bc = PgTime.isBc(date) ? " BC" : "";
        return PgTime.stripBc(date) + " " + t.toLocalTime() + bc;
    }
}
