package io.sqlwire.core.codec;

import java.util.List;

/**
 * A source of codecs, found with {@link java.util.ServiceLoader}: backends register their codec
 * families through one, and so may applications. Declare an implementation with
 * {@code provides io.sqlwire.core.codec.CodecProvider with ...} in module-info and in
 * {@code META-INF/services/io.sqlwire.core.codec.CodecProvider}.
 */
public interface CodecProvider {

    /** The priority of sqlwire's own providers, below the default so that other providers win. */
    int BUILTIN_PRIORITY = -100;

    /** The codecs to register; within the list a later codec wins over an earlier one. */
    List<Codec<?>> codecs();

    /**
     * Providers are registered in increasing priority, so the codecs of a provider with a higher
     * priority are asked first.
     */
    default int priority() {
        return 0;
    }
}
