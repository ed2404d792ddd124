package io.sqlwire.core.codec;

import static io.sqlwire.core.codec.TestCodecProviders.INT;
import static io.sqlwire.core.codec.TestCodecProviders.UUID;
import static org.assertj.core.api.Assertions.assertThat;

import io.sqlwire.core.codec.TestCodecProviders.IntCodec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CodecRegistryTest {

    private static ByteBuffer bytes(String s) {
        return ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8));
    }

    private static CodecContext context(CodecRegistry registry) {
        return CodecContext.of(TestCodecProviders.BACKEND, StandardCharsets.UTF_8, ZoneOffset.UTC, registry);
    }

    @Test
    void unknownTypesDecodeAsText() {
        CodecRegistry registry = CodecRegistry.newRoot();
        Codec<?> codec = registry.decoder(UUID, Format.TEXT);
        assertThat(codec).isSameAs(TextCodec.fallback());
        assertThat(codec.decode(UUID, Format.TEXT, bytes("a0eebc99-9c0b"), context(registry))).isEqualTo("a0eebc99-9c0b");
        assertThat(registry.decoder(UUID, Format.BINARY)).isSameAs(TextCodec.fallback());
        assertThat(registry.hasDecoder(UUID, Format.TEXT)).isFalse();
    }

    @Test
    void innerLayersWin() {
        IntCodec global = new IntCodec("global");
        IntCodec connection = new IntCodec("connection");
        CodecRegistry root = CodecRegistry.newRoot().register(global);
        CodecRegistry conn = root.newLayer().register(connection);
        CodecRegistry stmt = conn.newLayer();
        assertThat(root.decoder(INT, Format.TEXT)).isSameAs(global);
        assertThat(conn.decoder(INT, Format.TEXT)).isSameAs(connection);
        assertThat(stmt.decoder(INT, Format.TEXT)).isSameAs(connection);
        assertThat(stmt.parent()).contains(conn);
        assertThat(root.parent()).isEmpty();
        // No layer decodes int4 in binary: the fallback answers.
        assertThat(stmt.decoder(INT, Format.BINARY)).isSameAs(TextCodec.fallback());
        assertThat(conn.hasDecoder(INT, Format.TEXT)).isTrue();
    }

    @Test
    void codecsRegisteredLaterWinInTheirLayer() {
        IntCodec builtin = new IntCodec("builtin");
        IntCodec user = new IntCodec("user");
        CodecRegistry root = CodecRegistry.newRoot().register(builtin).register(user);
        assertThat(root.decoder(INT, Format.TEXT)).isSameAs(user);
        assertThat(root.codecs()).containsExactly(user, builtin);
        assertThat(root.encoder(42, context(root))).containsSame(user);
    }

    @Test
    void changesBelowInvalidateCachedLookups() {
        CodecRegistry root = CodecRegistry.newRoot();
        CodecRegistry conn = root.newLayer().register(TextCodec.forTypes(t -> t.id() == 25));
        assertThat(conn.decoder(INT, Format.TEXT)).isSameAs(TextCodec.fallback());
        IntCodec late = new IntCodec("late");
        root.register(late);
        assertThat(conn.decoder(INT, Format.TEXT)).isSameAs(late);
        IntCodec later = new IntCodec("later");
        conn.register(later);
        assertThat(conn.decoder(INT, Format.TEXT)).isSameAs(later);
        assertThat(root.decoder(INT, Format.TEXT)).isSameAs(late);
    }

    @Test
    void providerCodecsAndPriorities() {
        CodecRegistry registry = CodecRegistry.newRoot()
                .register(new TestCodecProviders.User())
                .register(new TestCodecProviders.Builtin());
        // Registered directly, the last provider wins regardless of priority.
        assertThat(((IntCodec) registry.decoder(INT, Format.TEXT)).tag()).isEqualTo("builtin");
    }

    @Test
    void serviceLoaderDiscoveryOrdersByPriority() {
        CodecRegistry discovered = CodecRegistry.discover(getClass().getClassLoader());
        assertThat(discovered.codecs()).extracting(c -> ((IntCodec) c).tag()).containsExactly("user", "builtin");
        assertThat(((IntCodec) discovered.decoder(INT, Format.TEXT)).tag()).isEqualTo("user");
        assertThat(CodecRegistry.global()).isSameAs(CodecRegistry.global());
        assertThat(((IntCodec) CodecRegistry.global().decoder(INT, Format.TEXT)).tag()).isEqualTo("user");
    }

    @Test
    void encoderLookupTakesOnlyCodecsOfTheTargetBackend() {
        IntCodec ours = new IntCodec("ours");
        CodecRegistry registry = CodecRegistry.newRoot().register(ours);
        CodecContext other = CodecContext.of("otherdb", StandardCharsets.UTF_8, java.time.ZoneOffset.UTC, registry);
        // the codec claims Integer, but for another backend's type: the text codec does not take
        // Integer either, so nothing encodes it for "otherdb"
        assertThat(registry.encoder(42, other)).isEmpty();
        assertThat(registry.encoder(42, context(registry))).containsSame(ours);
    }

    @Test
    void encoderLookup() {
        CodecRegistry conn = CodecRegistry.newRoot().newLayer();
        CodecContext ctx = context(conn);
        assertThat(conn.encoder("text", ctx)).containsSame(TextCodec.fallback());
        assertThat(conn.encoder(42, ctx)).isEmpty();
        IntCodec ints = new IntCodec("ints");
        conn.register(ints);
        Codec<?> codec = conn.encoder(42, ctx).orElseThrow();
        assertThat(codec.preferredType(42, ctx)).contains(INT);
        assertThat(codec.preferredFormat(42, ctx)).isEqualTo(Format.TEXT);
        assertThat(codec.encode(42, Format.TEXT, ctx)).isEqualTo("42".getBytes(StandardCharsets.US_ASCII));
        assertThat(TextCodec.fallback().encode('x', Format.TEXT, ctx)).isEqualTo(new byte[] {'x'});
    }

    @Test
    void textCodecHonoursTheBufferWindowAndCharset() {
        ByteBuffer row = ByteBuffer.wrap("xxhéllo!!".getBytes(StandardCharsets.UTF_8));
        row.position(2).limit(8);
        CodecRegistry registry = CodecRegistry.newRoot();
        assertThat(TextCodec.fallback().decode(UUID, Format.TEXT, row.slice(), context(registry))).isEqualTo("héllo");
        ByteBuffer direct = ByteBuffer.allocateDirect(3).put("abc".getBytes(StandardCharsets.US_ASCII)).flip();
        assertThat(TextCodec.fallback().decode(UUID, Format.TEXT, direct, context(registry))).isEqualTo("abc");
        assertThat(direct.hasRemaining()).isFalse();
    }

    @Test
    void typeRefs() {
        TypeRef unsigned = TypeRef.of("mysql", 3, "INT").withFlags(TypeFlag.UNSIGNED).withModifier(0);
        assertThat(unsigned.has(TypeFlag.UNSIGNED)).isTrue();
        assertThat(unsigned.has(TypeFlag.BINARY)).isFalse();
        assertThat(unsigned.withFlags(TypeFlag.BINARY).flags()).containsExactlyInAnyOrder(TypeFlag.UNSIGNED,
                TypeFlag.BINARY);
        assertThat(unsigned).isEqualTo(new TypeRef("mysql", 3, "INT", 0, java.util.EnumSet.of(TypeFlag.UNSIGNED)));
        assertThat(unsigned).isNotEqualTo(TypeRef.of("mysql", 3, "INT"));
    }

    @Test
    void concurrentLookupsWhileRegistering() throws Exception {
        CodecRegistry root = CodecRegistry.newRoot();
        CodecRegistry conn = root.newLayer();
        List<Future<?>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        assertThat(conn.decoder(TypeRef.of("testdb", i % 50, "t"), Format.TEXT)).isNotNull();
                    }
                }));
            }
            for (int i = 0; i < 50; i++) {
                root.register(new IntCodec("c" + i));
            }
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        }
        assertThat(((IntCodec) conn.decoder(INT, Format.TEXT)).tag()).isEqualTo("c49");
    }
}
