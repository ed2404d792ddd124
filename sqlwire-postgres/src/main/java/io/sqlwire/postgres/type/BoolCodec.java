package io.sqlwire.postgres.type;

import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.TypeRef;
import java.nio.ByteBuffer;

/** bool: text {@code t}/{@code f}, binary one byte 1/0. */
final class BoolCodec extends PgCodec<Boolean> {
    static final BoolCodec INSTANCE = new BoolCodec();

    private BoolCodec() {
        super(Boolean.class, true, PgTypes.BOOL);
    }

    @Override
    Boolean decodeText(TypeRef type, ByteBuffer value, CodecContext context) {
        if (value.remaining() == 1) {
            byte b = value.get();
            if (b == 't') {
                return Boolean.TRUE;
            }
            if (b == 'f') {
                return Boolean.FALSE;
            }
            value.position(value.position() - 1);
        }
        throw new IllegalArgumentException("expected t or f, got " + asciiSnippet(value));
    }

    @Override
    Boolean decodeBinary(TypeRef type, ByteBuffer value, CodecContext context) {
        return value.get() != 0;
    }

    @Override
    int parameterOid(Object value) {
        return value instanceof Boolean ? PgTypes.BOOL : 0;
    }

    @Override
    byte[] encodeBinary(Object value, CodecContext context) {
        return new byte[] {(byte) ((Boolean) value ? 1 : 0)};
    }
}
