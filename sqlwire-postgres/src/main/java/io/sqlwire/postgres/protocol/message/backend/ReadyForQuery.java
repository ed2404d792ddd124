package io.sqlwire.postgres.protocol.message.backend;

import io.sqlwire.postgres.protocol.MessageReader;

/**
 * ReadyForQuery {@code Z}: Byte1 transaction status, {@code I} idle, {@code T} in a transaction
 * block, {@code E} in a failed transaction block.
 */
public record ReadyForQuery(char status) implements BackendMessage {

    public static final char IDLE = 'I';
    public static final char IN_TRANSACTION = 'T';
    public static final char FAILED = 'E';

    static ReadyForQuery decode(MessageReader r) {
        int s = r.byte1("transaction status");
        r.expectEnd();
        if (s != IDLE && s != IN_TRANSACTION && s != FAILED) {
            throw r.malformed(String.format("field \"transaction status\" is 0x%02X, not I, T or E", s));
        }
        return new ReadyForQuery((char) s);
    }

    /** Whether a transaction block is open (possibly failed). */
    public boolean inTransaction() {
        return status != IDLE;
    }
}
