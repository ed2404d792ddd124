package io.sqlwire.postgres.protocol.message.frontend;

import io.sqlwire.postgres.protocol.ByteSink;

/**
 * SSLRequest: asks the server to start TLS. It has no type byte (it precedes the startup):
 * <pre>
 * Int32(8)          length, including itself
 * Int32(80877103)   the SSL request code: 1234 in the high 16 bits, 5679 in the low 16 bits
 * </pre>
 * The server answers with exactly one byte, {@code S} (go ahead with the TLS handshake) or
 * {@code N} (no TLS here). The client must read that one byte and nothing more before the handshake.
 */
public record SSLRequest() implements FrontendMessage {

    /** The request code, {@code 1234 << 16 | 5679}. */
    public static final int CODE = 80877103;
    /** The answer that means "start TLS". */
    public static final int ACCEPTED = 'S';
    /** The answer that means "no TLS on this connection". */
    public static final int REFUSED = 'N';

    @Override
    public void encode(ByteSink out) {
        out.writeInt32(8);
        out.writeInt32(CODE);
    }
}
