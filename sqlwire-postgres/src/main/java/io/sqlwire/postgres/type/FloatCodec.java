package io.sqlwire.postgres.type;

import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.TypeRef;
import java.nio.ByteBuffer;

/**
 * float4 and float8 as Float and Double: binary IEEE 754 big-endian; text is the shortest exact
 * form (PostgreSQL 12+ with extra_float_digits 1) or {@code NaN}, {@code Infinity},
 * {@code -Infinity}, all of which Java's parsers read as the same value.
 */
final class FloatCodec<T extends Number> extends PgCodec<T> {
    static final FloatCodec<Float> FLOAT4 = new FloatCodec<>(Float.class, PgTypes.FLOAT4);
    static final FloatCodec<Double> FLOAT8 = new FloatCodec<>(Double.class, PgTypes.FLOAT8);

    private final int oid;

    private FloatCodec(Class<T> javaType, int oid) {
        super(javaType, true, oid);
        this.oid = oid;
    }

    @Override
    T decodeText(TypeRef type, ByteBuffer value, CodecContext context) {
        String s = text(value, context);
        Number n = oid == PgTypes.FLOAT4 ? (Number) Float.parseFloat(s) : (Number) Double.parseDouble(s);
        return javaType().cast(n);
    }

    @Override
    T decodeBinary(TypeRef type, ByteBuffer value, CodecContext context) {
        Number n = oid == PgTypes.FLOAT4 ? (Number) value.getFloat() : (Number) value.getDouble();
        return javaType().cast(n);
    }

    @Override
    int parameterOid(Object value) {
        return javaType().isInstance(value) ? oid : 0;
    }

    @Override
    byte[] encodeBinary(Object value, CodecContext context) {
        if (oid == PgTypes.FLOAT4) {
            return ByteBuffer.allocate(4).putFloat((Float) value).array();
        }
        return ByteBuffer.allocate(8).putDouble((Double) value).array();
    }

    @Override
    String encodeText(Object value) {
        double d = ((Number) value).doubleValue();
        return Double.isInfinite(d) ? (d > 0 ? "Infinity" : "-Infinity") : value.toString();
    }
}
