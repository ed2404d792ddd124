package io.sqlwire.mysql.type;

import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.CodecRegistry;
import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The codec context a MySQL connection passes: the plain context plus the zero-date behaviour.
 * MySQL codecs given any other {@link CodecContext} use {@link ZeroDateBehavior#NULL}.
 */
public interface MySqlCodecContext extends CodecContext {

    /** What zero dates decode to. */
    ZeroDateBehavior zeroDateBehavior();

    /** A context for a session. */
    static MySqlCodecContext of(Charset charset, ZoneId timeZone, CodecRegistry registry, ZeroDateBehavior zeroDates) {
        return new Simple(charset, timeZone, registry, zeroDates);
    }

    /** The behaviour in {@code context}: its own when it is a MySQL context, else NULL. */
    static ZeroDateBehavior zeroDates(CodecContext context) {
        return context instanceof MySqlCodecContext m ? m.zeroDateBehavior() : ZeroDateBehavior.NULL;
    }

    /** The context {@link #of} returns. */
    record Simple(Charset charset, ZoneId timeZone, CodecRegistry registry, ZeroDateBehavior zeroDateBehavior)
            implements MySqlCodecContext {
        public Simple {
            Objects.requireNonNull(charset, "charset");
            Objects.requireNonNull(timeZone, "timeZone");
            Objects.requireNonNull(registry, "registry");
            Objects.requireNonNull(zeroDateBehavior, "zeroDateBehavior");
        }

        @Override
        public String backend() {
            return MySqlTypes.BACKEND;
        }
    }
}
