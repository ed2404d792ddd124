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

    /** {@code SAVEPOINT name}. */
    void savepoint(String name);

    /** {@code RELEASE SAVEPOINT name}. */
    void releaseSavepoint(String name);

    /** {@code ROLLBACK TO SAVEPOINT name}; the savepoint stays defined. */
    void rollbackToSavepoint(String name);
}
