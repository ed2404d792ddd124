package io.sqlwire.mysql.type;

import io.sqlwire.core.codec.Codec;
import io.sqlwire.core.codec.CodecRegistry;
import io.sqlwire.core.codec.Format;
import io.sqlwire.core.codec.TypeRef;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HexFormat;

/** Test helpers: a registry with the MySQL codecs only, and decode/encode shortcuts. */
final class Codecs {
    static final CodecRegistry REGISTRY = CodecRegistry.newRoot().register(new MySqlCodecProvider());
    static final HexFormat HEX = HexFormat.of();

    private Codecs() {
    }

    static MySqlCodecContext context(ZeroDateBehavior zeroDates) {
        return MySqlCodecContext.of(StandardCharsets.UTF_8, ZoneId.of("UTC"), REGISTRY, zeroDates);
    }

    static final MySqlCodecContext CTX = context(ZeroDateBehavior.NULL);

    static Object text(TypeRef type, String value) {
        return text(type, value, CTX);
    }

    static Object text(TypeRef type, String value, MySqlCodecContext ctx) {
        return REGISTRY.decoder(type, Format.TEXT).decode(type, Format.TEXT,
                ByteBuffer.wrap(value.getBytes(StandardCharsets.UTF_8)), ctx);
    }

    static Object binary(TypeRef type, String hex) {
        return binary(type, hex, CTX);
    }

    static Object binary(TypeRef type, String hex, MySqlCodecContext ctx) {
        ByteBuffer buf = ByteBuffer.wrap(HEX.parseHex(hex));
        Object v = REGISTRY.decoder(type, Format.BINARY).decode(type, Format.BINARY, buf, ctx);
        if (buf.hasRemaining()) {
            throw new AssertionError(buf.remaining() + " bytes not consumed decoding " + hex);
        }
        return v;
    }

    /** The encoder's parameter type and binary bytes: {@code "LONGLONG UNSIGNED:ffff..."}. */
    static String encode(Object value) {
        Codec<?> c = MySqlEncoders.find(REGISTRY, value, CTX).orElseThrow();
        TypeRef t = c.preferredType(value, CTX).orElseThrow();
        String flags = t.has(io.sqlwire.core.codec.TypeFlag.UNSIGNED) ? " UNSIGNED" : "";
        return t.name() + flags + ":" + HEX.formatHex(c.encode(value, Format.BINARY, CTX));
    }

    static String encodeText(Object value) {
        Codec<?> c = MySqlEncoders.find(REGISTRY, value, CTX).orElseThrow();
        return new String(c.encode(value, Format.TEXT, CTX), StandardCharsets.UTF_8);
    }

    static TypeRef type(int id) {
        return MySqlTypes.of(id);
    }

    static TypeRef unsigned(int id) {
        return MySqlTypes.unsigned(id);
    }
}
