package io.sqlwire.core.codec;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Codecs and providers for the registry tests; the providers are listed in META-INF/services. */
final class TestCodecProviders {
    static final String BACKEND = "testdb";
    static final TypeRef INT = TypeRef.of(BACKEND, 23, "int4");
    static final TypeRef UUID = TypeRef.of(BACKEND, 2950, "uuid");

    private TestCodecProviders() {
    }

    /** Integers in text form; {@code tag} tells test codecs apart. */
    record IntCodec(String tag) implements Codec<Integer> {
        @Override
        public Class<Integer> javaType() {
            return Integer.class;
        }

        @Override
        public boolean canDecode(TypeRef type, Format format) {
            return type.isBackend(BACKEND) && type.id() == 23 && format == Format.TEXT;
        }

        @Override
        public Integer decode(TypeRef type, Format format, ByteBuffer value, CodecContext context) {
            byte[] bytes = new byte[value.remaining()];
            value.get(bytes);
            return Integer.valueOf(new String(bytes, StandardCharsets.US_ASCII));
        }

        @Override
        public boolean canEncode(Object value) {
            return value instanceof Integer;
        }

        @Override
        public Optional<TypeRef> preferredType(Object value, CodecContext context) {
            return Optional.of(INT);
        }

        @Override
        public byte[] encode(Object value, Format format, CodecContext context) {
            return value.toString().getBytes(StandardCharsets.US_ASCII);
        }
    }

    /** A built-in provider, as a backend ships it. */
    public static final class Builtin implements CodecProvider {
        @Override
        public List<Codec<?>> codecs() {
            return List.of(new IntCodec("builtin"));
        }

        @Override
        public int priority() {
            return BUILTIN_PRIORITY;
        }
    }

    /** An application's provider, which overrides the built-in one. */
    public static final class User implements CodecProvider {
        @Override
        public List<Codec<?>> codecs() {
            return List.of(new IntCodec("user"));
        }
    }
}
