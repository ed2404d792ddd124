package io.sqlwire.postgres.protocol.message.backend;

import io.sqlwire.postgres.protocol.MessageReader;

/** CloseComplete {@code 3}: the Close succeeded. Empty body. */
public record CloseComplete() implements BackendMessage {

    /** The one instance. */
    public static final CloseComplete INSTANCE = new CloseComplete();

    static CloseComplete decode(MessageReader r) {
        r.expectEnd();
        return INSTANCE;
    }
}
