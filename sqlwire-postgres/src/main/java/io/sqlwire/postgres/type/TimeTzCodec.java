package io.sqlwire.postgres.type;

import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.TypeRef;
import java.nio.ByteBuffer;
import java.time.OffsetTime;
import java.time.ZoneOffset;

/**
 * timetz as {@link OffsetTime}. Binary: int64 microseconds since midnight (local time), then an
 * int32 zone in seconds WEST of UTC, the opposite sign of the ISO offset. 24:00:00 decodes to
 * {@link java.time.LocalTime#MAX} at the offset.
 */
final class TimeTzCodec extends PgCodec<OffsetTime> {
    static final TimeTzCodec INSTANCE = new TimeTzCodec();

    private TimeTzCodec() {
        super(OffsetTime.class, true, PgTypes.TIMETZ);
    }

    @Override
    OffsetTime decodeText(TypeRef type, ByteBuffer value, CodecContext context) {
        String s = text(value, context);
        int zone = PgTime.offsetStart(s, 0);
        long micros = PgTime.timeMicros(s, 0, zone);
        return OffsetTime.of(PgTime.localTime(micros), PgTime.offset(s, zone, s.length()));
    }

    @Override
    OffsetTime decodeBinary(TypeRef type, ByteBuffer value, CodecContext context) {
        long micros = value.getLong();
        int secondsWest = value.getInt();
        return OffsetTime.of(PgTime.localTime(micros), ZoneOffset.ofTotalSeconds(-secondsWest));
    }

    @Override
    int parameterOid(Object value) {
        return value instanceof OffsetTime ? PgTypes.TIMETZ : 0;
    }

    @Override
    byte[] encodeBinary(Object value, CodecContext context) {
        OffsetTime t = (OffsetTime) value;
        return ByteBuffer.allocate(12).putLong(PgTime.micros(t.toLocalTime()))
                .putInt(-t.getOffset().getTotalSeconds()).array();
    }

    @Override
    String encodeText(Object value) {
        OffsetTime t = (OffsetTime) value;
        return (t.toLocalTime().equals(java.time.LocalTime.MAX) ? "24:00:00" : t.toLocalTime().toString())
                + t.getOffset().getId().replace("Z", "+00:00");
    }
}
