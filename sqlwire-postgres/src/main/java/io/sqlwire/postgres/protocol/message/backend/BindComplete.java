package io.sqlwire.postgres.protocol.message.backend;

import io.sqlwire.postgres.protocol.MessageReader;

/** BindComplete {@code 2}: the Bind succeeded. Empty body. */
public record BindComplete() implements BackendMessage {

    /** The one instance. */
    public static final BindComplete INSTANCE = new BindComplete();

    static BindComplete decode(MessageReader r) {
        r.expectEnd();
        return INSTANCE;
    }
}
