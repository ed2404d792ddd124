package io.sqlwire.postgres.protocol.flow;

import io.sqlwire.postgres.protocol.message.backend.NoticeFields;

/**
 * An ErrorResponse, raised inside the protocol layer; the session turns it into the DB-API
 * exception of its SQLSTATE class. Internal: never reaches the application as such.
 */
public final class ServerErrorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient NoticeFields fields;

    public ServerErrorException(NoticeFields fields) {
        super(fields.message(), null, false, false);
        this.fields = fields;
    }

    public NoticeFields fields() {
        return fields;
    }
}
