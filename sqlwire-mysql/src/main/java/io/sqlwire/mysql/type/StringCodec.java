package io.sqlwire.mysql.type;

import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.TypeFlag;
import io.sqlwire.core.codec.TypeRef;
import java.nio.ByteBuffer;

/**
 * Text as String: CHAR, VARCHAR, TEXT (the BLOB type ids with a text character set), ENUM, SET
 * (its members comma-separated, as the server sends them) and JSON. The bytes are decoded in the
 * session's result character set ({@link CodecContext#charset()}, utf8mb4 by default), which the
 * server has already converted every text column to. JSON is always text, although MySQL 8 labels
 * it with the binary character set. Parameters: CharSequence and Character as VAR_STRING.
 */
final class StringCodec extends MySqlCodec<String> {

    StringCodec() {
        super(String.class);
    }

    @Override
    boolean handles(TypeRef type) {
        return type.id() == MySqlTypes.JSON || (MySqlTypes.isStringLike(type.id()) && !type.has(TypeFlag.BINARY));
    }

    @Override
    String decodeText(TypeRef type, ByteBuffer value, CodecContext context) {
        return text(value, context.charset());
    }

    @Override
    String decodeBinary(TypeRef type, ByteBuffer value, CodecContext context) {
        return text(value, context.charset());
    }

    @Override
    TypeRef parameterType(Object value) {
        return value instanceof CharSequence || value instanceof Character ? MySqlTypes.of(MySqlTypes.VAR_STRING)
                : null;
    }

    @Override
    byte[] encodeBinary(Object value, TypeRef type, CodecContext context) {
        return value.toString().getBytes(context.charset());
    }
}
