package io.sqlwire.core.codec;

import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * Converts the values of one family of database types between their wire form and a Java type.
 * One class per family (integers, text, timestamps, arrays, ...), registered in a
 * {@link CodecRegistry}, usually through a {@link CodecProvider}. Implementations are
 * stateless or immutable, and thread-safe.
 *
 * <p>SQL NULL never reaches a codec: the caller handles it.
 *
 * @param <T> the Java type values decode to
 */
public interface Codec<T> {

    /** The Java type {@link #decode} returns. */
    Class<T> javaType();

    /** Whether this codec decodes values of {@code type} sent in {@code format}. */
    boolean canDecode(TypeRef type, Format format);

    /**
     * Decodes one value. The bytes run from the buffer's position to its limit; the codec may move
     * the position but must not keep the buffer, which the caller reuses.
     *
     * @throws io.sqlwire.DataException when the bytes are not a valid value of the type, naming the type
     */
    T decode(TypeRef type, Format format, ByteBuffer value, CodecContext context);

    /** Whether this codec encodes {@code value}, which is never {@code null}. */
    default boolean canEncode(Object value) {
        return false;
    }

    /**
     * The database type to declare for {@code value} when it is sent as a parameter, or empty to
     * let the server infer it (PostgreSQL's unspecified type, OID 0).
     */
    default Optional<TypeRef> preferredType(Object value, CodecContext context) {
        return Optional.empty();
    }

    /** The format {@link #encode} produces best for {@code value}. */
    default Format preferredFormat(Object value, CodecContext context) {
        return Format.TEXT;
    }

    /**
     * Encodes {@code value}, for which {@link #canEncode} said yes, in {@code format}.
     *
     * @throws UnsupportedOperationException when this codec only decodes
     */
    default byte[] encode(Object value, Format format, CodecContext context) {
        throw new UnsupportedOperationException(getClass().getName() + " does not encode values");
    }
}
