package io.sqlwire.core.session;

import io.sqlwire.TransactionOptions;

/**
 * The transaction primitives a backend provides to {@link TransactionBlocks}: explicit begin,
 * commit and rollback, and savepoints. Each method runs the statement on the session; none of
 * them checks block state.
 */
public interface TransactionControl {

    /** Whether a transaction is open on the session, whoever opened it. */
    boolean inTransaction();

    /** Opens a transaction explicitly with these options, even in autocommit mode. */
    void begin(TransactionOptions options);

    /** Commits the open transaction. */
    void commitTransaction();

    /** Rolls back the open transaction. */
    void rollbackTransaction();

    /** Whether {@link #savepoint} and friends work; nested blocks need them. */
    default boolean supportsSavepoints() {
        return true;
    }

    /** Runs one transaction-control statement on the session (no rows, no implicit BEGIN). */
    void execute(String sql);

    /**
     * Sets a savepoint. Names come from {@link TransactionBlocks} ({@code sp_1}, {@code sp_2}, ...),
     * never from users, so they need no quoting; the three savepoint statements are the SQL
     * standard's and every backend sqlwire speaks accepts them as written.
     */
    default void savepoint(String name) {
        execute("SAVEPOINT " + name);
    }

    default void releaseSavepoint(String name) {
        execute("RELEASE SAVEPOINT " + name);
    }

    default void rollbackToSavepoint(String name) {
        execute("ROLLBACK TO SAVEPOINT " + name);
    }
}
