package io.sqlwire.postgres.type;

import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.TypeRef;
import java.nio.ByteBuffer;
import java.util.UUID;

/** uuid: text in the 8-4-4-4-12 hex form, binary 16 bytes, most significant first. */
final class UuidCodec extends PgCodec<UUID> {
    static final UuidCodec INSTANCE = new UuidCodec();

    private UuidCodec() {
        super(UUID.class, true, PgTypes.UUID);
    }

    @Override
    UUID decodeText(TypeRef type, ByteBuffer value, CodecContext context) {
        return UUID.fromString(text(value, context));
    }

    @Override
    UUID decodeBinary(TypeRef type, ByteBuffer value, CodecContext context) {
        return new UUID(value.getLong(), value.getLong());
    }

    @Override
    int parameterOid(Object value) {
        return value instanceof UUID ? PgTypes.UUID : 0;
    }

    @Override
    byte[] encodeBinary(Object value, CodecContext context) {
        UUID u = (UUID) value;
        return ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits()).array();
    }
}
