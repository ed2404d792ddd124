package io.sqlwire;

/**
 * A programming error: a table not found, a syntax error, a wrong number of parameters
 * for the statement (DB-API {@code ProgrammingError}; SQLSTATE class 42).
 */
public class ProgrammingException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    public ProgrammingException(String message) {
        super(message, null, 0, false, null);
    }

    public ProgrammingException(String message, Throwable cause) {
        super(message, null, 0, false, cause);
    }

    public ProgrammingException(String message, String sqlState, int vendorCode, boolean transientFailure, Throwable cause) {
        super(message, sqlState, vendorCode, transientFailure, cause);
    }
}
