package io.sqlwire.postgres.type;

import io.sqlwire.DataException;
import io.sqlwire.core.codec.Codec;
import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.Format;
import io.sqlwire.core.codec.TypeRef;
import java.nio.ByteBuffer;

/**
 * An array type that is not built in (an enum's array, an extension type's array) whose element
 * OID the connection looked up in {@code pg_type}. It decodes the text form only, with each element
 * through the registry in effect: an element type without a codec (an enum) gives {@code String}
 * elements. It is never registered; the connection picks it for such columns.
 */
public final class CatalogArrayCodec implements Codec<Object[]> {
    private final int elementOid;

    public CatalogArrayCodec(int elementOid) {
        this.elementOid = elementOid;
    }

    @Override
    public Class<Object[]> javaType() {
        return Object[].class;
    }

    @Override
    public boolean canDecode(TypeRef type, Format format) {
        return format == Format.TEXT;
    }

    @Override
    public Object[] decode(TypeRef type, Format format, ByteBuffer value, CodecContext context) {
        try {
            return ArrayCodec.decodeText(elementOid, value, context);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new DataException("invalid text array of element type OID " + elementOid
                    + " (array type OID " + type.id() + "): " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "CatalogArrayCodec[element OID " + elementOid + "]";
    }
}
