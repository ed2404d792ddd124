package io.sqlwire;

/**
 * A method or feature that the database or this backend does not support (DB-API
 * {@code NotSupportedError}; SQLSTATE class 0A).
 */
public class NotSupportedException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    public NotSupportedException(String message) {
        super(message, null, 0, false, null);
    }

    public NotSupportedException(String message, Throwable cause) {
        super(message, null, 0, false, cause);
    }

    public NotSupportedException(String message, String sqlState, int vendorCode, boolean transientFailure, Throwable cause) {
        super(message, sqlState, vendorCode, transientFailure, cause);
    }
}
