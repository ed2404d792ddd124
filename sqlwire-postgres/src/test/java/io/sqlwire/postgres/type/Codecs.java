package io.sqlwire.postgres.type;

import io.sqlwire.core.codec.Codec;
import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.CodecRegistry;
import io.sqlwire.core.codec.Format;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.HexFormat;

/** Helpers for the codec tests: a registry with the PostgreSQL provider only, and decode/encode shortcuts. */
final class Codecs {
    static final CodecRegistry REGISTRY = CodecRegistry.newRoot().register(new PgCodecProvider());
    static final CodecContext CTX = CodecContext.of(PgTypes.BACKEND, StandardCharsets.UTF_8, ZoneOffset.UTC, REGISTRY);

    private Codecs() {
    }

    static Object text(int oid, String text) {
        return decode(oid, Format.TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    static Object binary(int oid, String hex) {
        return decode(oid, Format.BINARY, HexFormat.of().parseHex(hex));
    }

    static Object decode(int oid, Format format, byte[] bytes) {
        Codec<?> codec = REGISTRY.decoder(PgTypes.ref(oid), format);
        return codec.decode(PgTypes.ref(oid), format, ByteBuffer.wrap(bytes), CTX);
    }

    /** The value encoded in binary, as hex. */
    static String encodeHex(Object value) {
        return HexFormat.of().formatHex(encode(value));
    }

    static byte[] encode(Object value) {
        Codec<?> codec = REGISTRY.encoder(value).orElseThrow();
        return codec.encode(value, codec.preferredFormat(value, CTX), CTX);
    }

    /** The OID the value binds as; 0 when the server is to infer it. */
    static int oid(Object value) {
        Codec<?> codec = REGISTRY.encoder(value).orElseThrow();
        return codec.preferredType(value, CTX).map(t -> t.id()).orElse(0);
    }
}
