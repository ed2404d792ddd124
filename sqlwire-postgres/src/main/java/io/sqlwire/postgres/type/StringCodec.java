package io.sqlwire.postgres.type;

import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.TypeRef;
import java.nio.ByteBuffer;

/**
 * The types that decode to String with the text form and the binary form alike: text, varchar,
 * bpchar, name, unknown, "char", xml and json (whose binary form is its text), plus jsonb, whose
 * binary form is a version byte (1) before the text. Strings bind as parameters through the
 * registry's text fallback (OID 0, text format), so this codec does not encode.
 */
final class StringCodec extends PgCodec<String> {
    static final StringCodec INSTANCE = new StringCodec();
    private static final int JSONB_VERSION = 1;

    private StringCodec() {
        super(String.class, true, PgTypes.TEXT, PgTypes.VARCHAR, PgTypes.BPCHAR, PgTypes.NAME, PgTypes.UNKNOWN,
                PgTypes.CHAR, PgTypes.XML, PgTypes.JSON, PgTypes.JSONB);
    }

    @Override
    String decodeText(TypeRef type, ByteBuffer value, CodecContext context) {
        return text(value, context);
    }

    @Override
    String decodeBinary(TypeRef type, ByteBuffer value, CodecContext context) {
        if (type.id() == PgTypes.JSONB) {
            int version = value.get();
            if (version != JSONB_VERSION) {
                throw new IllegalArgumentException("unsupported jsonb version " + version);
            }
        }
        return text(value, context);
    }
}
