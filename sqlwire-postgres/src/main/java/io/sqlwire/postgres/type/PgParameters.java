package io.sqlwire.postgres.type;

import io.sqlwire.ProgrammingException;
import io.sqlwire.core.codec.Codec;
import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.CodecRegistry;
import io.sqlwire.core.codec.Format;
import io.sqlwire.core.codec.TextCodec;
import io.sqlwire.core.codec.TypeRef;
import java.util.Optional;

/**
 * Turns a Java parameter value into what a Bind message carries: the type OID for Parse, the
 * format code and the bytes. Looks the encoder up in the context's registry like
 * {@link CodecRegistry#encoder}, but skips codecs that would bind the value as another backend's
 * type, since the global registry also holds the other backends' codecs.
 */
public final class PgParameters {

    /**
     * A bound parameter.
     *
     * @param oid the type OID to declare in Parse; 0 lets the server infer the type
     * @param format the format code to send in Bind
     * @param value the bytes, or {@code null} for SQL NULL
     */
    public record Bound(int oid, Format format, byte[] value) {
    }

    private PgParameters() {
    }

    /**
     * Binds {@code value}: {@code null} is an untyped NULL, a String goes as text with OID 0, and
     * other values go as their codec says (usually binary with the type's OID).
     *
     * @throws ProgrammingException when no codec encodes the value, naming its class and the reason
     */
    public static Bound bind(Object value, CodecContext context) {
        if (value == null) {
            return new Bound(PgTypes.UNSPECIFIED, Format.TEXT, null);
        }
        try {
            Codec<?> codec = encoder(value, context);
            int oid = codec.preferredType(value, context).map(TypeRef::id).orElse(PgTypes.UNSPECIFIED);
            Format format = codec.preferredFormat(value, context);
            return new Bound(oid, format, codec.encode(value, format, context));
        } catch (IllegalArgumentException | ArithmeticException | UnsupportedOperationException e) {
            throw new ProgrammingException("cannot bind a parameter of type " + value.getClass().getName()
                    + ": " + e.getMessage(), e);
        }
    }

    /** The codec that binds {@code value} for PostgreSQL: the innermost, newest one that can. */
    static Codec<?> encoder(Object value, CodecContext context) {
        for (CodecRegistry layer = context.registry(); layer != null; layer = layer.parent().orElse(null)) {
            for (Codec<?> codec : layer.codecs()) {
                if (codec.canEncode(value) && forPostgres(codec.preferredType(value, context))) {
                    return codec;
                }
            }
        }
        if (TextCodec.fallback().canEncode(value)) {
            return TextCodec.fallback();
        }
        throw new IllegalArgumentException("no codec encodes a " + value.getClass().getName());
    }

    private static boolean forPostgres(Optional<TypeRef> type) {
        return type.isEmpty() || type.get().isBackend(PgTypes.BACKEND);
    }
}
