package io.sqlwire.postgres.type;

import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.TypeRef;
import java.nio.ByteBuffer;
import java.time.LocalTime;

/**
 * time as {@link LocalTime}. Binary: int64 microseconds since midnight. PostgreSQL's 24:00:00,
 * which LocalTime cannot hold, decodes to {@link LocalTime#MAX} and LocalTime.MAX encodes as
 * 24:00:00; other values are rounded to the microsecond, half up.
 */
final class TimeCodec extends PgCodec<LocalTime> {
    static final TimeCodec INSTANCE = new TimeCodec();

    private TimeCodec() {
        super(LocalTime.class, true, PgTypes.TIME);
    }

    @Override
    LocalTime decodeText(TypeRef type, ByteBuffer value, CodecContext context) {
        String s = text(value, context);
        return PgTime.localTime(PgTime.timeMicros(s, 0, s.length()));
    }

    @Override
    LocalTime decodeBinary(TypeRef type, ByteBuffer value, CodecContext context) {
        return PgTime.localTime(value.getLong());
    }

    @Override
    int parameterOid(Object value) {
        return value instanceof LocalTime ? PgTypes.TIME : 0;
    }

    @Override
    byte[] encodeBinary(Object value, CodecContext context) {
        return ByteBuffer.allocate(8).putLong(PgTime.micros((LocalTime) value)).array();
    }

    @Override
    String encodeText(Object value) {
        return value.equals(LocalTime.MAX) ? "24:00:00" : value.toString();
    }
}
