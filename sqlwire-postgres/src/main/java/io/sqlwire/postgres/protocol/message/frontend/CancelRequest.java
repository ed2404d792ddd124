package io.sqlwire.postgres.protocol.message.frontend;

import io.sqlwire.postgres.protocol.ByteSink;

/**
 * CancelRequest (no type byte, sent on a new connection):
 * <pre>
 * Int32   length, including itself (16 with a 4-byte key; up to 268 with protocol 3.2 keys)
 * Int32(80877102)   the cancel request code: 1234 in the high 16 bits, 5678 in the low 16 bits
 * Int32   the backend's process id
 * Byten   the secret key from BackendKeyData (4 bytes before protocol 3.2, 4 to 256 since)
 * </pre>
 */
public record CancelRequest(int processId, byte[] secretKey) implements FrontendMessage {

    /** The cancel request code, {@code 1234 << 16 | 5678}. */
    public static final int CODE = 80877102;

    @Override
    public void encode(ByteSink out) {
        int at = out.beginUntyped();
        out.writeInt32(CODE).writeInt32(processId).writeBytes(secretKey);
        out.endMessage(at);
    }

    @Override
    public String toString() {
        return "CancelRequest[pid=" + processId + "]";
    }
}
