package io.sqlwire;

/**
 * Root of every exception sqlwire throws. It is unchecked, as in JDBI and okhttp: callers catch
 * the category they can act on.
 *
 * <p>The subclasses follow the DB-API 2.0 categories: {@link InterfaceException} for misuse of
 * the library itself and {@link DatabaseException} (with its subclasses) for errors reported by
 * or about the database. Each exception carries the SQLSTATE and the vendor error code when the
 * server sent them, and {@link #isTransient()} tells whether retrying the same operation may
 * succeed (a serialization failure, a deadlock, a lost connection).
 */
public class SqlwireException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String sqlState;
    private final int vendorCode;
    private final boolean transientFailure;

    public SqlwireException(String message) {
        this(message, null, 0, false, null);
    }

    public SqlwireException(String message, Throwable cause) {
        this(message, null, 0, false, cause);
    }

    /**
     * @param message what went wrong, naming the cause; never contains a password
     * @param sqlState the five-character SQLSTATE, or {@code null} when there is none
     * @param vendorCode the server's own error number, or 0
     * @param transientFailure whether a retry of the same operation may succeed
     * @param cause the underlying exception, or {@code null}
     */
    public SqlwireException(String message, String sqlState, int vendorCode, boolean transientFailure,
            Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
        this.vendorCode = vendorCode;
        this.transientFailure = transientFailure;
    }

    /** The five-character SQLSTATE, or {@code null} when the error did not come with one. */
    public String sqlState() {
        return sqlState;
    }

    /** The server's own error number (MySQL/MariaDB error code, SQLite result code), or 0. */
    public int vendorCode() {
        return vendorCode;
    }

    /** Whether retrying the same operation, possibly on a new connection, may succeed. */
    public boolean isTransient() {
        return transientFailure;
    }
}
