package io.sqlwire;

/**
 * An error in the use of sqlwire itself rather than in the database: a bad option or
 * connection string, a closed connection or cursor, a wrong number of parameters (DB-API
 * {@code InterfaceError}).
 */
public class InterfaceException extends SqlwireException {
    private static final long serialVersionUID = 1L;

    public InterfaceException(String message) {
        super(message, null, 0, false, null);
    }

    public InterfaceException(String message, Throwable cause) {
        super(message, null, 0, false, cause);
    }

    public InterfaceException(String message, String sqlState, int vendorCode, boolean transientFailure, Throwable cause) {
        super(message, sqlState, vendorCode, transientFailure, cause);
    }
}
