package io.sqlwire;

/**
 * How {@link Connection#transaction(TransactionOptions)} starts a transaction.
 *
 * @param isolation the isolation level, or {@code null} for the session's default
 * @param readOnly whether the transaction may not write
 * @param deferrable PostgreSQL only: a serializable read-only transaction that waits for a safe snapshot
 */
public record TransactionOptions(IsolationLevel isolation, boolean readOnly, boolean deferrable) {

    /** The session's defaults: its isolation level, read-write. */
    public static final TransactionOptions DEFAULT = new TransactionOptions(null, false, false);

    public static TransactionOptions isolation(IsolationLevel level) {
        return new TransactionOptions(level, false, false);
    }

    public TransactionOptions withReadOnly(boolean readOnly) {
        return new TransactionOptions(isolation, readOnly, deferrable);
    }

    public TransactionOptions withDeferrable(boolean deferrable) {
        return new TransactionOptions(isolation, readOnly, deferrable);
    }
}
