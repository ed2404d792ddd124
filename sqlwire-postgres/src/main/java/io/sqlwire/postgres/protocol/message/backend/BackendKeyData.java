package io.sqlwire.postgres.protocol.message.backend;

import io.sqlwire.postgres.protocol.MessageReader;

/**
 * BackendKeyData {@code K}: Int32 process id, Byten secret key for CancelRequest. The key is 4
 * bytes before protocol 3.2 and 4 to 256 bytes since (PostgreSQL 18 sends 32).
 */
public record BackendKeyData(int processId, byte[] secretKey) implements BackendMessage {

    /** The longest key protocol 3.2 allows. */
    public static final int MAX_KEY_LENGTH = 256;

    static BackendKeyData decode(MessageReader r) {
        int pid = r.int32("process id");
        int n = r.remaining();
        if (n < 4 || n > MAX_KEY_LENGTH) {
            throw r.malformed("field \"secret key\" is " + n + " bytes; 4 to " + MAX_KEY_LENGTH + " are allowed");
        }
        return new BackendKeyData(pid, r.rest());
    }

    @Override
    public String toString() {
        return "BackendKeyData[pid=" + processId + ", key=" + secretKey.length + " bytes]";
    }
}
