package io.sqlwire.postgres.type;

import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.TypeRef;
import java.nio.ByteBuffer;
import java.time.LocalDate;

/**
 * date as {@link LocalDate}; {@code infinity} and {@code -infinity} decode to
 * {@link LocalDate#MAX} and {@link LocalDate#MIN}, which encode back to them. Binary: int32 days
 * since 2000-01-01, infinity Integer.MAX_VALUE, -infinity Integer.MIN_VALUE.
 */
final class DateCodec extends PgCodec<LocalDate> {
    static final DateCodec INSTANCE = new DateCodec();

    private DateCodec() {
        super(LocalDate.class, true, PgTypes.DATE);
    }

    @Override
    LocalDate decodeText(TypeRef type, ByteBuffer value, CodecContext context) {
        String s = text(value, context);
        return switch (s) {
            case PgTime.INFINITY -> LocalDate.MAX;
            case PgTime.MINUS_INFINITY -> LocalDate.MIN;
            default -> {
                String d = PgTime.stripBc(s);
                yield PgTime.date(d, 0, d.length(), PgTime.isBc(s));
            }
        };
    }

    @Override
    LocalDate decodeBinary(TypeRef type, ByteBuffer value, CodecContext context) {
        int days = value.getInt();
        return switch (days) {
            case Integer.MAX_VALUE -> LocalDate.MAX;
            case Integer.MIN_VALUE -> LocalDate.MIN;
            default -> LocalDate.ofEpochDay(PgTime.EPOCH_DAY_2000 + days);
        };
    }

    @Override
    int parameterOid(Object value) {
        return value instanceof LocalDate ? PgTypes.DATE : 0;
    }

    @Override
    byte[] encodeBinary(Object value, CodecContext context) {
        LocalDate d = (LocalDate) value;
        int days;
        if (d.equals(LocalDate.MAX)) {
            days = Integer.MAX_VALUE;
        } else if (d.equals(LocalDate.MIN)) {
            days = Integer.MIN_VALUE;
        } else {
            days = Math.toIntExact(d.toEpochDay() - PgTime.EPOCH_DAY_2000);
        }
        return ByteBuffer.allocate(4).putInt(days).array();
    }

    @Override
    String encodeText(Object value) {
        LocalDate d = (LocalDate) value;
        if (d.equals(LocalDate.MAX)) {
            return PgTime.INFINITY;
        }
        return d.equals(LocalDate.MIN) ? PgTime.MINUS_INFINITY : PgTime.dateText(d);
    }
}
