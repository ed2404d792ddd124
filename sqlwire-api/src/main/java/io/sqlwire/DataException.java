package io.sqlwire;

/**
 * A problem with the processed data: division by zero, a value out of range, a bad
 * date (DB-API {@code DataError}; SQLSTATE class 22).
 */
public class DataException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    public DataException(String message) {
        super(message, null, 0, false, null);
    }

    public DataException(String message, Throwable cause) {
        super(message, null, 0, false, cause);
    }

    public DataException(String message, String sqlState, int vendorCode, boolean transientFailure, Throwable cause) {
        super(message, sqlState, vendorCode, transientFailure, cause);
    }
}
