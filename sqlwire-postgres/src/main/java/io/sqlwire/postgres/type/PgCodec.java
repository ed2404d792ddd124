package io.sqlwire.postgres.type;

import io.sqlwire.DataException;
import io.sqlwire.core.codec.Codec;
import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.Format;
import io.sqlwire.core.codec.TypeRef;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.util.Optional;

/**
 * The shared frame of sqlwire's PostgreSQL codecs: matching on the OID, turning malformed input
 * into a {@link DataException} that names the type, and parameter encoding in binary with the
 * OID {@link #parameterOid} picks.
 */
abstract class PgCodec<T> implements Codec<T> {
    private final Class<T> javaType;
    private final boolean binary;
    private final int[] oids;

    PgCodec(Class<T> javaType, boolean binary, int... oids) {
        this.javaType = javaType;
        this.binary = binary;
        this.oids = oids.clone();
    }

    @Override
    public final Class<T> javaType() {
        return javaType;
    }

    @Override
    public boolean canDecode(TypeRef type, Format format) {
        return type.isBackend(PgTypes.BACKEND) && (binary || format == Format.TEXT) && handles(type.id());
    }

    /** Whether this codec decodes the type {@code oid}. */
    boolean handles(int oid) {
        for (int o : oids) {
            if (o == oid) {
                return true;
            }
        }
        return false;
    }

    @Override
    public final T decode(TypeRef type, Format format, ByteBuffer value, CodecContext context) {
        T result;
        try {
            result = format == Format.BINARY ? decodeBinary(type, value, context) : decodeText(type, value, context);
        } catch (BufferUnderflowException e) {
            throw new DataException("invalid binary " + PgTypes.describe(type) + " value: too short", e);
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException | IndexOutOfBoundsException e) {
            throw new DataException("invalid " + format.name().toLowerCase() + " " + PgTypes.describe(type)
                    + " value: " + e.getMessage(), e);
        }
        if (format == Format.BINARY && value.hasRemaining()) {
            throw new DataException("invalid binary " + PgTypes.describe(type) + " value: "
                    + value.remaining() + " bytes left over");
        }
        return result;
    }

    abstract T decodeText(TypeRef type, ByteBuffer value, CodecContext context);

    T decodeBinary(TypeRef type, ByteBuffer value, CodecContext context) {
        throw new IllegalArgumentException("binary format not supported");
    }

    /** The OID to bind {@code value} as, or 0 when this codec does not encode it. */
    int parameterOid(Object value) {
        return 0;
    }

    @Override
    public final boolean canEncode(Object value) {
        return parameterOid(value) != 0;
    }

    @Override
    public Optional<TypeRef> preferredType(Object value, CodecContext context) {
        return Optional.of(PgTypes.ref(parameterOid(value)));
    }

    @Override
    public Format preferredFormat(Object value, CodecContext context) {
        return Format.BINARY;
    }

    @Override
    public final byte[] encode(Object value, Format format, CodecContext context) {
        if (parameterOid(value) == 0) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " cannot encode a "
                    + value.getClass().getName());
        }
        return format == Format.BINARY ? encodeBinary(value, context) : encodeText(value).getBytes(context.charset());
    }

    byte[] encodeBinary(Object value, CodecContext context) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not encode in binary");
    }

    /** The value in PostgreSQL's text input syntax. */
    String encodeText(Object value) {
        return value.toString();
    }

    /** The bytes from the position to the limit as a string in the session charset. */
    static String text(ByteBuffer value, CodecContext context) {
        int n = value.remaining();
        String s;
        if (value.hasArray()) {
            s = new String(value.array(), value.arrayOffset() + value.position(), n, context.charset());
            value.position(value.limit());
        } else {
            byte[] b = new byte[n];
            value.get(b);
            s = new String(b, context.charset());
        }
        return s;
    }

    /** Up to 40 bytes of the value as ASCII, for an error message. */
    static String asciiSnippet(ByteBuffer value) {
        int n = Math.min(40, value.remaining());
        StringBuilder sb = new StringBuilder(n + 3).append('"');
        for (int i = 0; i < n; i++) {
            int c = value.get(value.position() + i) & 0xFF;
            sb.append(c >= 0x20 && c < 0x7F ? (char) c : '?');
        }
        return sb.append(value.remaining() > n ? "...\"" : "\"").toString();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + javaType.getSimpleName() + "]";
    }
}
