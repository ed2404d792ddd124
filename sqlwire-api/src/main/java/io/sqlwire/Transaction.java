package io.sqlwire;

/**
 * A transaction block from {@link Connection#transaction()}. Closing it rolls back unless
 * {@link #commit()} was called. A block opened inside another one is a savepoint, where the
 * backend supports savepoints.
 */
public interface Transaction extends AutoCloseable {

    /** Commits the block (or releases its savepoint). */
    void commit();

    /** Rolls the block back (to its savepoint). */
    void rollback();

    /** Whether neither {@link #commit()} nor {@link #rollback()} has run yet. */
    boolean isActive();

    /** Rolls back unless the block was committed. */
    @Override
    void close();
}
