package io.sqlwire;

/**
 * An error reported by the database or about the connection to it (DB-API
 * {@code DatabaseError}). The subclasses say which kind.
 */
public class DatabaseException extends SqlwireException {
    private static final long serialVersionUID = 1L;

    public DatabaseException(String message) {
        super(message, null, 0, false, null);
    }

    public DatabaseException(String message, Throwable cause) {
        super(message, null, 0, false, cause);
    }

    public DatabaseException(String message, String sqlState, int vendorCode, boolean transientFailure, Throwable cause) {
        super(message, sqlState, vendorCode, transientFailure, cause);
    }
}
