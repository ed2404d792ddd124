package io.sqlwire.core.codec;

import io.sqlwire.InterfaceException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A layered registry of {@link Codec}s: the process-wide {@link #global()} layer, a layer per
 * connection over it and a layer per statement over that ({@link #newLayer()}). A lookup asks
 * the innermost layer first; within a layer the codec registered last is asked first, so a codec
 * an application registers overrides the built-in ones. A type no codec decodes falls back to
 * {@link TextCodec#fallback()}: decoding never fails for want of a codec.
 *
 * <p>Layers are copy-on-write: registering replaces the layer's codec array under a lock, and
 * lookups read it without locking. Decoder lookups are cached per layer and {@link TypeRef}; a
 * change to the layer or any layer under it invalidates the cache. Thread-safe.
 */
public final class CodecRegistry {
    private static final Codec<?>[] NONE = new Codec<?>[0];
    // Type modifiers multiply the keys (varchar(10), varchar(20), ...); past this the cache stops growing.
    private static final int MAX_CACHED_TYPES = 4096;
    private static final ReentrantLock GLOBAL_LOCK = new ReentrantLock();
    private static volatile CodecRegistry global;

    private final CodecRegistry parent;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Codec<?>[] codecs = NONE;   // newest first
    private volatile long version;
    private volatile DecoderCache cache;

    private CodecRegistry(CodecRegistry parent) {
        this.parent = parent;
    }

    /**
     * The process-wide registry, holding the codecs of every {@link CodecProvider} that
     * {@link ServiceLoader} finds with sqlwire-core's class loader. Loaded on first use.
     *
     * @throws InterfaceException when a provider cannot be loaded, naming it
     */
    public static CodecRegistry global() {
        CodecRegistry g = global;
        if (g != null) {
            return g;
        }
        GLOBAL_LOCK.lock();
        try {
            if (global == null) {
                global = discover(CodecRegistry.class.getClassLoader());
            }
            return global;
        } finally {
            GLOBAL_LOCK.unlock();
        }
    }

    /** A new root registry with no codecs but the fallback, independent of {@link #global()}. */
    public static CodecRegistry newRoot() {
        return new CodecRegistry(null);
    }

    /**
     * A new root registry holding the codecs of the providers {@link ServiceLoader} finds with
     * {@code loader}, registered in increasing {@link CodecProvider#priority()}.
     *
     * @throws InterfaceException when a provider cannot be loaded, naming it
     */
    public static CodecRegistry discover(ClassLoader loader) {
        List<CodecProvider> providers = new ArrayList<>();
        try {
            ServiceLoader.load(CodecProvider.class, loader).forEach(providers::add);
        } catch (ServiceConfigurationError e) {
            throw new InterfaceException("cannot load a codec provider: " + e.getMessage(), e);
        }
        providers.sort(Comparator.comparingInt(CodecProvider::priority));
        CodecRegistry root = newRoot();
        providers.forEach(root::register);
        return root;
    }

    /** A new layer over this one, for a connection or a statement. */
    public CodecRegistry newLayer() {
        return new CodecRegistry(this);
    }

    /** The layer under this one, or empty for a root. */
    public Optional<CodecRegistry> parent() {
        return Optional.ofNullable(parent);
    }

    /** Adds {@code codec} to this layer, ahead of every codec already in it. Returns this registry. */
    public CodecRegistry register(Codec<?> codec) {
        Objects.requireNonNull(codec, "codec");
        return registerAll(List.of(codec));
    }

    /** Adds the codecs of {@code provider} to this layer, as {@link #register} does for each in turn. */
    public CodecRegistry register(CodecProvider provider) {
        return registerAll(provider.codecs());
    }

    private CodecRegistry registerAll(List<Codec<?>> added) {
        if (added.isEmpty()) {
            return this;
        }
        lock.lock();
        try {
            Codec<?>[] old = codecs;
            Codec<?>[] next = new Codec<?>[old.length + added.size()];
            for (int i = 0; i < added.size(); i++) {
                next[added.size() - 1 - i] = Objects.requireNonNull(added.get(i), "codec");
            }
            System.arraycopy(old, 0, next, added.size(), old.length);
            codecs = next;
            // Published after the array: a reader that sees the new version sees the new codecs.
            version++;
        } finally {
            lock.unlock();
        }
        return this;
    }

    /** The codecs of this layer alone, the one asked first at the front. */
    public List<Codec<?>> codecs() {
        return List.of(codecs);
    }

    /**
     * The codec for values of {@code type} in {@code format}: the first that
     * {@link Codec#canDecode} accepts, from the innermost layer out, else the text fallback.
     */
    public Codec<?> decoder(TypeRef type, Format format) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(format, "format");
        if (codecs.length == 0 && parent != null) {
            return parent.decoder(type, format);   // an empty statement layer costs nothing
        }
        ConcurrentHashMap<TypeRef, Codec<?>> map = currentCache().map(format);
        Codec<?> found = map.get(type);
        if (found == null) {
            // Not computeIfAbsent: a codec's canDecode may itself look up codecs in this registry.
            found = findDecoder(type, format);
            if (map.size() < MAX_CACHED_TYPES) {
                Codec<?> raced = map.putIfAbsent(type, found);
                found = raced != null ? raced : found;
            }
        }
        return found;
    }

    /**
     * Whether a codec other than the text fallback decodes {@code type} in {@code format}; a
     * backend asks for text results for types without a binary decoder.
     */
    public boolean hasDecoder(TypeRef type, Format format) {
        return decoder(type, format) != TextCodec.fallback();
    }

    /**
     * The codec for a parameter {@code value} sent to {@code context.backend()}: the first, from the
     * innermost layer out, whose {@link Codec#canEncode} accepts the value and whose
     * {@link Codec#preferredType} is a type of that backend (or which names no type, such as the
     * text codec). The global registry holds every backend's codecs, and several claim the same
     * Java types ({@code Integer} is both a PostgreSQL int4 and a MySQL LONG), so the backend
     * must take part in the choice. Strings always find the text codec.
     */
    public Optional<Codec<?>> encoder(Object value, CodecContext context) {
        Objects.requireNonNull(value, "value: SQL NULL is not encoded");
        for (CodecRegistry layer = this; layer != null; layer = layer.parent) {
            for (Codec<?> codec : layer.codecs) {
                if (codec.canEncode(value) && codec.preferredType(value, context)
                        .map(t -> t.isBackend(context.backend())).orElse(true)) {
                    return Optional.of(codec);
                }
            }
        }
        return TextCodec.fallback().canEncode(value) ? Optional.of(TextCodec.fallback()) : Optional.empty();
    }

    private Codec<?> findDecoder(TypeRef type, Format format) {
        for (CodecRegistry layer = this; layer != null; layer = layer.parent) {
            for (Codec<?> codec : layer.codecs) {
                if (codec.canDecode(type, format)) {
                    return codec;
                }
            }
        }
        return TextCodec.fallback();
    }

    private DecoderCache currentCache() {
        long chain = chainVersion();
        DecoderCache c = cache;
        if (c == null || c.chainVersion != chain) {
            c = new DecoderCache(chain);
            cache = c;
        }
        return c;
    }

    /** The sum of the versions down the chain: it grows whenever any layer below changes. */
    private long chainVersion() {
        long sum = 0;
        for (CodecRegistry layer = this; layer != null; layer = layer.parent) {
            sum += layer.version;
        }
        return sum;
    }

    @Override
    public String toString() {
        int depth = 0;
        for (CodecRegistry p = parent; p != null; p = p.parent) {
            depth++;
        }
        return "CodecRegistry[layer " + depth + ", " + codecs.length + " codecs]";
    }

    private static final class DecoderCache {
        final long chainVersion;
        final ConcurrentHashMap<TypeRef, Codec<?>> text = new ConcurrentHashMap<>();
        final ConcurrentHashMap<TypeRef, Codec<?>> binary = new ConcurrentHashMap<>();

        DecoderCache(long chainVersion) {
            this.chainVersion = chainVersion;
        }

        ConcurrentHashMap<TypeRef, Codec<?>> map(Format format) {
            return format == Format.TEXT ? text : binary;
        }
    }
}
