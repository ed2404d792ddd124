package io.sqlwire.mysql.type;

import io.sqlwire.core.codec.Codec;
import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.CodecRegistry;
import java.util.Optional;

/**
 * Picks the encoder for a MySQL parameter: the registry's backend-aware lookup with a MySQL
 * context, so a PostgreSQL codec that also claims the value's Java type is never chosen.
 */
public final class MySqlEncoders {

    private MySqlEncoders() {
    }

    /** The first codec, innermost layer first, that encodes {@code value} as a MySQL type. */
    public static Optional<Codec<?>> find(CodecRegistry registry, Object value, CodecContext context) {
        // the binary protocol needs a type byte for every parameter, so a codec that names no type
        // (a backend-neutral one) cannot be used here
        return registry.encoder(value, context).filter(c -> c.preferredType(value, context).isPresent());
    }
}
