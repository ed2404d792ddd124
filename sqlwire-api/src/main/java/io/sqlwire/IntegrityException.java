package io.sqlwire;

/**
 * The relational integrity of the database is affected: a unique, foreign-key, not-null
 * or check constraint was violated (DB-API {@code IntegrityError}; SQLSTATE class 23).
 */
public class IntegrityException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    public IntegrityException(String message) {
        super(message, null, 0, false, null);
    }

    public IntegrityException(String message, Throwable cause) {
        super(message, null, 0, false, cause);
    }

    public IntegrityException(String message, String sqlState, int vendorCode, boolean transientFailure, Throwable cause) {
        super(message, sqlState, vendorCode, transientFailure, cause);
    }
}
