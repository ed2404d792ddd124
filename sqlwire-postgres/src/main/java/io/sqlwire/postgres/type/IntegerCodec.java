package io.sqlwire.postgres.type;

import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.TypeRef;
import java.nio.ByteBuffer;
import java.util.function.LongFunction;

/**
 * int2, int4, int8 and oid: one instance per type, decoding to Short, Integer, Long and Long
 * (an oid is unsigned 32-bit, so it needs a long). Binary forms are big-endian two's complement
 * of 2, 4 and 8 bytes; oid is 4 bytes read unsigned. Parameters: Short and Byte bind as int2,
 * Integer as int4, Long as int8.
 */
final class IntegerCodec<T extends Number> extends PgCodec<T> {
    static final IntegerCodec<Short> INT2 = new IntegerCodec<>(Short.class, PgTypes.INT2, 2, v -> (short) v);
    static final IntegerCodec<Integer> INT4 = new IntegerCodec<>(Integer.class, PgTypes.INT4, 4, v -> (int) v);
    static final IntegerCodec<Long> INT8 = new IntegerCodec<>(Long.class, PgTypes.INT8, 8, v -> v);
    static final IntegerCodec<Long> OID = new IntegerCodec<>(Long.class, PgTypes.OID, 4, v -> v);

    private final int oid;
    private final int width;
    private final long min;
    private final long max;
    private final LongFunction<T> box;

    private IntegerCodec(Class<T> javaType, int oid, int width, LongFunction<T> box) {
        super(javaType, true, oid);
        this.oid = oid;
        this.width = width;
        this.box = box;
        if (oid == PgTypes.OID) {
            min = 0;
            max = 0xFFFF_FFFFL;
        } else {
            min = width == 8 ? Long.MIN_VALUE : -(1L << (8 * width - 1));
            max = width == 8 ? Long.MAX_VALUE : (1L << (8 * width - 1)) - 1;
        }
    }

    @Override
    T decodeText(TypeRef type, ByteBuffer value, CodecContext context) {
        long v = parseLong(value);
        if (v < min || v > max) {
            throw new IllegalArgumentException(v + " is out of range");
        }
        return box.apply(v);
    }

    @Override
    T decodeBinary(TypeRef type, ByteBuffer value, CodecContext context) {
        long v = switch (width) {
            case 2 -> value.getShort();
            case 4 -> oid == PgTypes.OID ? Integer.toUnsignedLong(value.getInt()) : value.getInt();
            default -> value.getLong();
        };
        return box.apply(v);
    }

    /** Parses ASCII digits without building a String: result columns are decoded by the million. */
    static long parseLong(ByteBuffer value) {
        int n = value.remaining();
        if (n == 0) {
            throw new IllegalArgumentException("empty integer");
        }
        int pos = value.position();
        boolean negative = value.get(pos) == '-';
        int i = negative || value.get(pos) == '+' ? 1 : 0;
        if (i == n || n - i > 19) {
            throw new IllegalArgumentException("not an integer: " + PgCodec.asciiSnippet(value));
        }
        long acc = 0;   // accumulated negatively so that Long.MIN_VALUE fits
        for (; i < n; i++) {
            int d = value.get(pos + i) - '0';
            if (d < 0 || d > 9) {
                throw new IllegalArgumentException("not an integer: " + PgCodec.asciiSnippet(value));
            }
            if (acc < (Long.MIN_VALUE + d) / 10) {
                throw new IllegalArgumentException("integer out of range: " + PgCodec.asciiSnippet(value));
            }
            acc = acc * 10 - d;
        }
        if (!negative && acc == Long.MIN_VALUE) {
            throw new IllegalArgumentException("integer out of range: " + PgCodec.asciiSnippet(value));
        }
        value.position(value.limit());
        return negative ? acc : -acc;
    }

    @Override
    int parameterOid(Object value) {
        if (oid == PgTypes.OID) {
            return 0;   // a Long binds as int8; oid only on request (TypedParam)
        }
        return javaType().isInstance(value) || oid == PgTypes.INT2 && value instanceof Byte ? oid : 0;
    }

    @Override
    byte[] encodeBinary(Object value, CodecContext context) {
        long v = ((Number) value).longValue();
        ByteBuffer b = ByteBuffer.allocate(width);
        switch (width) {
            case 2 -> b.putShort((short) v);
            case 4 -> b.putInt((int) v);
            default -> b.putLong(v);
        }
        return b.array();
    }
}
