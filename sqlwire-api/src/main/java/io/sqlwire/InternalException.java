package io.sqlwire;

/**
 * The database or the driver met an internal error: a cursor no longer valid, a
 * transaction out of sync, a malformed message from the server (DB-API {@code InternalError};
 * SQLSTATE class XX).
 */
public class InternalException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    public InternalException(String message) {
        super(message, null, 0, false, null);
    }

    public InternalException(String message, Throwable cause) {
        super(message, null, 0, false, cause);
    }

    public InternalException(String message, String sqlState, int vendorCode, boolean transientFailure, Throwable cause) {
        super(message, sqlState, vendorCode, transientFailure, cause);
    }
}
