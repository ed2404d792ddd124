package io.sqlwire.core.codec;

import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Text types as {@link String}: the value's bytes in the session character set. The same bytes
 * serve both formats, as PostgreSQL's binary form of text types is their text form. It is also
 * the registry's fallback for types no codec knows ({@link #fallback()}), which decodes any type
 * in either format.
 */
public final class TextCodec implements Codec<String> {
    private static final TextCodec FALLBACK = new TextCodec(type -> true);

    private final Predicate<TypeRef> types;

    private TextCodec(Predicate<TypeRef> types) {
        this.types = types;
    }

    /** The codec that decodes every type as text. */
    public static TextCodec fallback() {
        return FALLBACK;
    }

    /** A codec for the types that {@code types} accepts. */
    public static TextCodec forTypes(Predicate<TypeRef> types) {
        return new TextCodec(Objects.requireNonNull(types, "types"));
    }

    @Override
    public Class<String> javaType() {
        return String.class;
    }

    @Override
    public boolean canDecode(TypeRef type, Format format) {
        return types.test(type);
    }

    @Override
    public String decode(TypeRef type, Format format, ByteBuffer value, CodecContext context) {
        int length = value.remaining();
        if (value.hasArray()) {
            String s = new String(value.array(), value.arrayOffset() + value.position(), length, context.charset());
            value.position(value.limit());
            return s;
        }
        byte[] bytes = new byte[length];
        value.get(bytes);
        return new String(bytes, context.charset());
    }

    @Override
    public boolean canEncode(Object value) {
        return value instanceof CharSequence || value instanceof Character;
    }

    @Override
    public byte[] encode(Object value, Format format, CodecContext context) {
        return value.toString().getBytes(context.charset());
    }

    @Override
    public String toString() {
        return this == FALLBACK ? "TextCodec[fallback]" : "TextCodec";
    }
}
