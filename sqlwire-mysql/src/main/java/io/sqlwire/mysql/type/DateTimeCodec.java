package io.sqlwire.mysql.type;

import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.TypeRef;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * DATETIME and TIMESTAMP as LocalDateTime with up to microseconds; DATE as LocalDate. A zero date
 * or a zero month/day decodes as {@link ZeroDateBehavior} says (null by default). TIMESTAMP is
 * shown by the server in the session time zone and stays local here.
 * <pre>
 * binary: int&lt;2&gt; year, int&lt;1&gt; month, day [, hour, minute, second [, int&lt;4&gt; microseconds]]
 *         length 0 = all zero, 4 = date only, 7 = with time, 11 = with microseconds
 * </pre>
 * Parameters: LocalDate as DATE (4 bytes); LocalDateTime as DATETIME (7, or 11 with a fraction);
 * Instant, OffsetDateTime and ZonedDateTime converted to the session time zone
 * ({@link CodecContext#timeZone()}) first. Nanoseconds below the microsecond are dropped.
 */
final class DateTimeCodec extends MySqlCodec<Object> {

    DateTimeCodec() {
        super(Object.class);
    }

    @Override
    boolean handles(TypeRef type) {
        return switch (type.id()) {
            case MySqlTypes.DATE, MySqlTypes.NEWDATE, MySqlTypes.DATETIME, MySqlTypes.DATETIME2, MySqlTypes.TIMESTAMP,
                    MySqlTypes.TIMESTAMP2 -> true;
            default -> false;
        };
    }

    private static boolean isDate(TypeRef type) {
        return type.id() == MySqlTypes.DATE || type.id() == MySqlTypes.NEWDATE;
    }

    @Override
    Object decodeText(TypeRef type, ByteBuffer value, CodecContext context) {
        String s = ascii(value);
        if (isDate(type)) {
            int[] d = Temporals.dateParts(s);
            return Temporals.date(d[0], d[1], d[2], type, context);
        }
        return Temporals.dateTime(s, type, context);
    }

    @Override
    Object decodeBinary(TypeRef type, ByteBuffer value, CodecContext context) {
        int length = value.remaining();
        if (length != 0 && length != 4 && length != 7 && length != 11) {
            throw new IllegalArgumentException("length " + length + " (expected 0, 4, 7 or 11)");
        }
        int year = length == 0 ? 0 : (int) IntegerCodec.le(value, 2);
        int month = length == 0 ? 0 : value.get();
        int day = length == 0 ? 0 : value.get();
        LocalDate date = Temporals.date(year, month, day, type, context);
        if (date == null || isDate(type)) {
            value.position(value.limit());
            return date;
        }
        int hour = length >= 7 ? value.get() : 0;
        int minute = length >= 7 ? value.get() : 0;
        int second = length >= 7 ? value.get() : 0;
        int micros = length == 11 ? (int) IntegerCodec.le(value, 4) : 0;
        return date.atTime(hour, minute, second, micros * 1000);
    }

    @Override
    TypeRef parameterType(Object value) {
        return switch (value) {
            case LocalDate d -> MySqlTypes.of(MySqlTypes.DATE);
            case LocalDateTime t -> MySqlTypes.of(MySqlTypes.DATETIME);
            case Instant i -> MySqlTypes.of(MySqlTypes.DATETIME);
            case OffsetDateTime o -> MySqlTypes.of(MySqlTypes.DATETIME);
            case ZonedDateTime z -> MySqlTypes.of(MySqlTypes.DATETIME);
            default -> null;
        };
    }

    private static LocalDateTime local(Object value, CodecContext context) {
        return switch (value) {
            case LocalDateTime t -> t;
            case Instant i -> LocalDateTime.ofInstant(i, context.timeZone());
            case OffsetDateTime o -> LocalDateTime.ofInstant(o.toInstant(), context.timeZone());
            case ZonedDateTime z -> LocalDateTime.ofInstant(z.toInstant(), context.timeZone());
            default -> throw new IllegalArgumentException("not a date-time: " + value.getClass().getName());
        };
    }

    @Override
    byte[] encodeBinary(Object value, TypeRef type, CodecContext context) {
        if (value instanceof LocalDate d) {
            return dateBytes(d, 4);
        }
        LocalDateTime t = local(value, context);
        int micros = t.getNano() / 1000;
        byte[] out = dateBytes(t.toLocalDate(), micros == 0 ? 7 : 11);
        out[4] = (byte) t.getHour();
        out[5] = (byte) t.getMinute();
        out[6] = (byte) t.getSecond();
        if (micros != 0) {
            System.arraycopy(IntegerCodec.toLe(micros, 4), 0, out, 7, 4);
        }
        return out;
    }

    private static byte[] dateBytes(LocalDate d, int length) {
        byte[] out = new byte[length];
        out[0] = (byte) d.getYear();
        out[1] = (byte) (d.getYear() >>> 8);
        out[2] = (byte) d.getMonthValue();
        out[3] = (byte) d.getDayOfMonth();
        return out;
    }

    @Override
    String encodeText(Object value, CodecContext context) {
        return value instanceof LocalDate d ? Temporals.format(d) : Temporals.format(local(value, context));
    }
}
