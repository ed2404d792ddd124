package io.sqlwire.mysql.type;

import io.sqlwire.core.codec.Codec;
import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.CodecRegistry;
import java.util.Optional;

/**
 * Picks the encoder for a MySQL parameter. {@link CodecRegistry#encoder(Object)} looks at values
 * only, so in a registry that also holds PostgreSQL codecs it may return one of those; this lookup
 * walks the same layers in the same order but takes only a codec whose
 * {@link Codec#preferredType} is a {@code mysql} type, so the parameter type byte is known.
 */
public final class MySqlEncoders {

    private MySqlEncoders() {
    }

    /** The first codec, innermost layer first, that encodes {@code value} as a MySQL type. */
    public static Optional<Codec<?>> find(CodecRegistry registry, Object value, CodecContext context) {
        for (CodecRegistry layer = registry; layer != null; layer = layer.parent().orElse(null)) {
            for (Codec<?> codec : layer.codecs()) {
                if (codec.canEncode(value) && codec.preferredType(value, context)
                        .filter(t -> t.isBackend(MySqlTypes.BACKEND)).isPresent()) {
                    return Optional.of(codec);
                }
            }
        }
        return Optional.empty();
    }
}
