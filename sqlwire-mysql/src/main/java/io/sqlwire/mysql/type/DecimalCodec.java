package io.sqlwire.mysql.type;

import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.TypeRef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;

/**
 * DECIMAL and NEWDECIMAL as BigDecimal, scale as the server prints it ({@code 1.50} keeps scale 2).
 * Both protocols send the decimal as ASCII text ({@code -12.345}); so do parameters (NEWDECIMAL),
 * which also carry BigIntegers too wide for LONGLONG.
 */
final class DecimalCodec extends MySqlCodec<BigDecimal> {

    DecimalCodec() {
        super(BigDecimal.class);
    }

    @Override
    boolean handles(TypeRef type) {
        return type.id() == MySqlTypes.DECIMAL || type.id() == MySqlTypes.NEWDECIMAL;
    }

    @Override
    BigDecimal decodeText(TypeRef type, ByteBuffer value, CodecContext context) {
        return new BigDecimal(ascii(value));
    }

    @Override
    BigDecimal decodeBinary(TypeRef type, ByteBuffer value, CodecContext context) {
        return decodeText(type, value, context);
    }

    @Override
    TypeRef parameterType(Object value) {
        return value instanceof BigDecimal || (value instanceof BigInteger b && b.bitLength() > 64)
                ? MySqlTypes.of(MySqlTypes.NEWDECIMAL) : null;
    }

    @Override
    byte[] encodeBinary(Object value, TypeRef type, CodecContext context) {
        return encodeText(value, context).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    @Override
    String encodeText(Object value, CodecContext context) {
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }
}
