package io.sqlwire.postgres.protocol.message.backend;

import io.sqlwire.postgres.protocol.MessageReader;

/** ParseComplete {@code 1}: the Parse succeeded. Empty body. */
public record ParseComplete() implements BackendMessage {

    /** The one instance. */
    public static final ParseComplete INSTANCE = new ParseComplete();

    static ParseComplete decode(MessageReader r) {
        r.expectEnd();
        return INSTANCE;
    }
}
