package io.sqlwire.mysql.type;

import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.TypeRef;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.LocalTime;

/**
 * TIME as Duration, not LocalTime: a MySQL TIME is an interval from -838:59:59.999999 to
 * 838:59:59.999999, often negative or beyond 24 hours ({@code TIMEDIFF} results). Ask
 * {@code Row.get(i, LocalTime.class)} for a time of day.
 * <pre>
 * binary: length 0 = 00:00:00; 8 or 12 bytes:
 *   int&lt;1&gt; is_negative, int&lt;4&gt; days, int&lt;1&gt; hours, minutes, seconds [, int&lt;4&gt; microseconds]
 * </pre>
 * Parameters: Duration and LocalTime as TIME (8, or 12 with a fraction); nanoseconds below the
 * microsecond are dropped.
 */
final class TimeCodec extends MySqlCodec<Duration> {

    TimeCodec() {
        super(Duration.class);
    }

    @Override
    boolean handles(TypeRef type) {
        return type.id() == MySqlTypes.TIME || type.id() == MySqlTypes.TIME2;
    }

    @Override
    Duration decodeText(TypeRef type, ByteBuffer value, CodecContext context) {
        return Temporals.time(ascii(value));
    }

    @Override
    Duration decodeBinary(TypeRef type, ByteBuffer value, CodecContext context) {
        int length = value.remaining();
        if (length == 0) {
            return Duration.ZERO;
        }
        if (length != 8 && length != 12) {
            throw new IllegalArgumentException("length " + length + " (expected 0, 8 or 12)");
        }
        boolean negative = value.get() != 0;
        long days = IntegerCodec.le(value, 4);
        long seconds = ((days * 24 + value.get()) * 60 + value.get()) * 60 + value.get();
        long micros = length == 12 ? IntegerCodec.le(value, 4) : 0;
        Duration d = Duration.ofSeconds(seconds, micros * 1000);
        return negative ? d.negated() : d;
    }

    @Override
    TypeRef parameterType(Object value) {
        return value instanceof Duration || value instanceof LocalTime ? MySqlTypes.of(MySqlTypes.TIME) : null;
    }

    private static Duration duration(Object value) {
        return value instanceof LocalTime t ? Duration.ofNanos(t.toNanoOfDay()) : (Duration) value;
    }

    @Override
    byte[] encodeBinary(Object value, TypeRef type, CodecContext context) {
        Duration d = duration(value);
        Duration abs = d.abs();
        int micros = abs.toNanosPart() / 1000;
        byte[] out = new byte[micros == 0 ? 8 : 12];
        out[0] = (byte) (d.isNegative() ? 1 : 0);
        System.arraycopy(IntegerCodec.toLe(abs.toDays(), 4), 0, out, 1, 4);
        out[5] = (byte) abs.toHoursPart();
        out[6] = (byte) abs.toMinutesPart();
        out[7] = (byte) abs.toSecondsPart();
        if (micros != 0) {
            System.arraycopy(IntegerCodec.toLe(micros, 4), 0, out, 8, 4);
        }
        return out;
    }

    @Override
    String encodeText(Object value, CodecContext context) {
        return Temporals.format(duration(value));
    }
}
