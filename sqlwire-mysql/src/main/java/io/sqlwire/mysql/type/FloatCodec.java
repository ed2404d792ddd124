package io.sqlwire.mysql.type;

import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.TypeRef;
import java.nio.ByteBuffer;

/**
 * FLOAT as Float and DOUBLE as Double. Binary values are IEEE 754 little-endian, 4 and 8 bytes;
 * text values are what the server prints ({@code 3.14}, {@code 1e38}, {@code -0}).
 */
final class FloatCodec extends MySqlCodec<Number> {

    FloatCodec() {
        super(Number.class);
    }

    @Override
    boolean handles(TypeRef type) {
        return type.id() == MySqlTypes.FLOAT || type.id() == MySqlTypes.DOUBLE;
    }

    @Override
    Number decodeText(TypeRef type, ByteBuffer value, CodecContext context) {
        String s = ascii(value);
        return type.id() == MySqlTypes.FLOAT ? (Number) Float.parseFloat(s) : (Number) Double.parseDouble(s);
    }

    @Override
    Number decodeBinary(TypeRef type, ByteBuffer value, CodecContext context) {
        return type.id() == MySqlTypes.FLOAT ? (Number) Float.intBitsToFloat((int) IntegerCodec.le(value, 4))
                : (Number) Double.longBitsToDouble(IntegerCodec.le(value, 8));
    }

    @Override
    TypeRef parameterType(Object value) {
        return value instanceof Float ? MySqlTypes.of(MySqlTypes.FLOAT)
                : value instanceof Double ? MySqlTypes.of(MySqlTypes.DOUBLE) : null;
    }

    @Override
    byte[] encodeBinary(Object value, TypeRef type, CodecContext context) {
        return value instanceof Float f ? IntegerCodec.toLe(Float.floatToIntBits(f), 4)
                : IntegerCodec.toLe(Double.doubleToLongBits((Double) value), 8);
    }

    @Override
    String encodeText(Object value, CodecContext context) {
        double d = ((Number) value).doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("MySQL has no " + value + ": FLOAT and DOUBLE hold finite values only");
        }
        return value.toString();
    }
}
