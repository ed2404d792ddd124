package io.sqlwire.core.codec;

import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What a codec may need to know about the session while it decodes or encodes a value.
 * Backends pass their own implementation when they need to tell more.
 */
public interface CodecContext {

    /** The canonical backend name. */
    String backend();

    /** The character set of text on the wire (PostgreSQL's client_encoding, MySQL's character_set_results). */
    Charset charset();

    /** The session time zone, for types without a zone of their own. */
    ZoneId timeZone();

    /** The registry in effect, for codecs that delegate, such as array codecs looking up their element codec. */
    CodecRegistry registry();

    /** A plain context. */
    static CodecContext of(String backend, Charset charset, ZoneId timeZone, CodecRegistry registry) {
        return new Simple(backend, charset, timeZone, registry);
    }

    /** The context {@link #of} returns. */
    record Simple(String backend, Charset charset, ZoneId timeZone, CodecRegistry registry) implements CodecContext {
        public Simple {
            Objects.requireNonNull(backend, "backend");
            Objects.requireNonNull(charset, "charset");
            Objects.requireNonNull(timeZone, "timeZone");
            Objects.requireNonNull(registry, "registry");
        }
    }
}
