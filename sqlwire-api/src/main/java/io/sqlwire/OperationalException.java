package io.sqlwire;

/**
 * An error in the database's operation, not necessarily under the programmer's control:
 * an unreachable host, a lost connection, a failed login, a timeout, a server shutting down
 * (DB-API {@code OperationalError}; SQLSTATE classes 08, 28, 53, 57, 58).
 */
public class OperationalException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    public OperationalException(String message) {
        super(message, null, 0, false, null);
    }

    public OperationalException(String message, Throwable cause) {
        super(message, null, 0, false, cause);
    }

    public OperationalException(String message, String sqlState, int vendorCode, boolean transientFailure, Throwable cause) {
        super(message, sqlState, vendorCode, transientFailure, cause);
    }
}
