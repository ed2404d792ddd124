package io.sqlwire.mysql.type;

import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.TypeFlag;
import io.sqlwire.core.codec.TypeRef;
import java.nio.ByteBuffer;

/**
 * Values that are bytes, not text, as byte[]: BINARY, VARBINARY and BLOB (string types with the
 * binary character set 63), BIT (the bits big-endian, as the server sends them: BIT(10) value 5
 * is {@code 00 05}) and GEOMETRY (the server's WKB with a 4-byte SRID prefix). The bytes are the
 * same in both protocols. Parameters: byte[] as BLOB.
 */
final class BytesCodec extends MySqlCodec<byte[]> {

    BytesCodec() {
        super(byte[].class);
    }

    @Override
    boolean handles(TypeRef type) {
        return type.id() == MySqlTypes.BIT || type.id() == MySqlTypes.GEOMETRY
                || (MySqlTypes.isStringLike(type.id()) && type.has(TypeFlag.BINARY));
    }

    @Override
    byte[] decodeText(TypeRef type, ByteBuffer value, CodecContext context) {
        return bytes(value);
    }

    @Override
    byte[] decodeBinary(TypeRef type, ByteBuffer value, CodecContext context) {
        return bytes(value);
    }

    @Override
    TypeRef parameterType(Object value) {
        return value instanceof byte[] ? MySqlTypes.of(MySqlTypes.BLOB) : null;
    }

    @Override
    byte[] encodeBinary(Object value, TypeRef type, CodecContext context) {
        return ((byte[]) value).clone();
    }

    @Override
    String encodeText(Object value, CodecContext context) {
        throw new UnsupportedOperationException("bytes have no text form; interpolation writes them as X'..' literals");
    }
}
