package io.sqlwire.postgres.protocol.message.backend;

import io.sqlwire.postgres.protocol.MessageReader;

/** NoData {@code n}: the described statement or portal returns no rows. Empty body. */
public record NoData() implements BackendMessage {

    /** The one instance. */
    public static final NoData INSTANCE = new NoData();

    static NoData decode(MessageReader r) {
        r.expectEnd();
        return INSTANCE;
    }
}
