package io.sqlwire.mysql.type;

import io.sqlwire.DataException;
import io.sqlwire.core.codec.Codec;
import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.Format;
import io.sqlwire.core.codec.TypeFlag;
import io.sqlwire.core.codec.TypeRef;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.Optional;

/**
 * The shared frame of the MySQL codecs. The value buffer a codec sees never has a length prefix:
 * the protocol layer removes the lenenc length of text-row values and of binary string values,
 * and the 1-byte length of binary temporal values ({@link BinaryLayout#next} does that slicing).
 * So a text value is its characters, a binary integer its 1/2/4/8 little-endian bytes, a binary
 * DATETIME its 0, 4, 7 or 11 bytes. Encoding mirrors it: {@link #encode} returns the value
 * without prefix and {@link BinaryLayout#writeParameter} adds the prefix its type needs.
 *
 * <p>Parameters are encoded in binary for COM_STMT_EXECUTE; {@link #preferredType} gives the
 * parameter type byte (as {@link TypeRef#id()}) with {@link TypeFlag#UNSIGNED} for the 0x80 flag.
 * Malformed input becomes a {@link DataException} naming the type.
 */
abstract class MySqlCodec<T> implements Codec<T> {
    private final Class<T> javaType;

    MySqlCodec(Class<T> javaType) {
        this.javaType = javaType;
    }

    @Override
    public final Class<T> javaType() {
        return javaType;
    }

    @Override
    public final boolean canDecode(TypeRef type, Format format) {
        return type.isBackend(MySqlTypes.BACKEND) && handles(type);
    }

    /** Whether this codec decodes {@code type} (a mysql type), in both formats. */
    abstract boolean handles(TypeRef type);

    @Override
    public final T decode(TypeRef type, Format format, ByteBuffer value, CodecContext context) {
        try {
            return format == Format.BINARY ? decodeBinary(type, value, context) : decodeText(type, value, context);
        } catch (BufferUnderflowException e) {
            throw new DataException("invalid binary " + MySqlTypes.describe(type) + " value: too short", e);
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException | IndexOutOfBoundsException e) {
            throw new DataException("invalid " + format.name().toLowerCase() + " " + MySqlTypes.describe(type)
                    + " value: " + e.getMessage(), e);
        }
    }

    abstract T decodeText(TypeRef type, ByteBuffer value, CodecContext context);

    abstract T decodeBinary(TypeRef type, ByteBuffer value, CodecContext context);

    /** The parameter type for {@code value}, or null when this codec does not encode it. */
    TypeRef parameterType(Object value) {
        return null;
    }

    @Override
    public final boolean canEncode(Object value) {
        return parameterType(value) != null;
    }

    @Override
    public final Optional<TypeRef> preferredType(Object value, CodecContext context) {
        return Optional.ofNullable(parameterType(value));
    }

    @Override
    public final Format preferredFormat(Object value, CodecContext context) {
        return Format.BINARY;
    }

    @Override
    public final byte[] encode(Object value, Format format, CodecContext context) {
        TypeRef type = parameterType(value);
        if (type == null) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " cannot encode a "
                    + value.getClass().getName());
        }
        return format == Format.BINARY ? encodeBinary(value, type, context)
                : encodeText(value, context).getBytes(context.charset());
    }

    byte[] encodeBinary(Object value, TypeRef type, CodecContext context) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not encode in binary");
    }

    /** The value as MySQL reads it in a string literal (without quotes or escaping). */
    String encodeText(Object value, CodecContext context) {
        return value.toString();
    }

    /** The bytes from the position to the limit, in {@code charset}. */
    static String text(ByteBuffer value, java.nio.charset.Charset charset) {
        int n = value.remaining();
        if (value.hasArray()) {
            String s = new String(value.array(), value.arrayOffset() + value.position(), n, charset);
            value.position(value.limit());
            return s;
        }
        byte[] b = new byte[n];
        value.get(b);
        return new String(b, charset);
    }

    /** The bytes as ASCII (numbers and temporal values are ASCII in every MySQL charset). */
    static String ascii(ByteBuffer value) {
        return text(value, StandardCharsets.US_ASCII);
    }

    static byte[] bytes(ByteBuffer value) {
        byte[] b = new byte[value.remaining()];
        value.get(b);
        return b;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + javaType.getSimpleName() + "]";
    }
}
