package io.sqlwire.postgres.protocol.message.backend;

import io.sqlwire.postgres.protocol.MessageReader;

/** CopyDone {@code c}: the end of COPY TO STDOUT data. Empty body. */
public record CopyDone() implements BackendMessage {

    /** The one instance. */
    public static final CopyDone INSTANCE = new CopyDone();

    static CopyDone decode(MessageReader r) {
        r.expectEnd();
        return INSTANCE;
    }
}
