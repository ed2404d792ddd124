package io.sqlwire.postgres.protocol.message.backend;

import io.sqlwire.postgres.protocol.MessageReader;

/** EmptyQueryResponse {@code I}: the query string was empty. Empty body. */
public record EmptyQueryResponse() implements BackendMessage {

    /** The one instance. */
    public static final EmptyQueryResponse INSTANCE = new EmptyQueryResponse();

    static EmptyQueryResponse decode(MessageReader r) {
        r.expectEnd();
        return INSTANCE;
    }
}
