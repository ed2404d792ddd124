package io.sqlwire.core.session;

import io.sqlwire.ConnectOptions;
import io.sqlwire.Cursor;
import io.sqlwire.InterfaceException;
import io.sqlwire.Row;
import io.sqlwire.SqlwireException;
import io.sqlwire.Transaction;
import io.sqlwire.TransactionOptions;
import io.sqlwire.core.options.CoreOptions;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The backend-neutral half of a {@link io.sqlwire.Connection}: the closed state, the
 * DB-API autocommit flag (from the {@code autocommit} option, default off), connection-level
 * commit and rollback, {@link Transaction} blocks, the {@code execute}/{@code query}/{@code queryOne}
 * shortcuts and a close that rolls back.
 *
 * <p>A backend supplies the cursor, the {@link TransactionControl} primitives, and opens a
 * transaction before a statement when {@link #needsImplicitBegin()} says so. Every public method
 * here holds {@link #lock()}, a {@link ReentrantLock} rather than {@code synchronized} so that a
 * virtual thread waiting on the session does not pin its carrier; backends take the same lock
 * around their I/O.
 */
public abstract class AbstractConnection implements io.sqlwire.Connection {

    private final ReentrantLock lock = new ReentrantLock();
    private final ConnectOptions options;
    private TransactionBlocks blocks;
    private volatile boolean closed;
    private volatile boolean autocommit;

    /** @throws io.sqlwire.InvalidOptionException when the {@code autocommit} option is not a boolean */
    protected AbstractConnection(ConnectOptions options) {
        this.options = options;
        this.autocommit = CoreOptions.AUTOCOMMIT.get(options);
    }

    /** The transaction primitives of this session. */
    protected abstract TransactionControl transactionControl();

    /** Closes the session itself: sockets, handles. Called once, under the lock; must not throw. */
    protected abstract void closeSession();

    /** Tells the session that autocommit changed (MySQL sends {@code SET autocommit}); default no-op. */
    protected void autocommitChanged(boolean on) {
    }

    /** The session lock; hold it around every use of the session. */
    protected final ReentrantLock lock() {
        return lock;
    }

    /** The open transaction blocks. */
    protected final TransactionBlocks blocks() {
        if (blocks == null) {
            blocks = new TransactionBlocks(transactionControl());
        }
        return blocks;
    }

    /** Whether a statement must be preceded by BEGIN: autocommit is off and no transaction is open. */
    protected final boolean needsImplicitBegin() {
        return !autocommit && !transactionControl().inTransaction();
    }

    /**
     * Checks the connection is usable.
     *
     * @throws InterfaceException "connection is closed"
     */
    protected final void ensureOpen() {
        if (closed) {
            throw new InterfaceException("connection is closed");
        }
    }

    /** Marks the session lost (the server went away): it is closed and its blocks are over. */
    protected final void markLost() {
        closed = true;
        blocks().abandon();
    }

    @Override
    public ConnectOptions options() {
        return options;
    }

    @Override
    public long execute(String sql, Object... params) {
        try (Cursor c = cursor()) {
            c.execute(sql, params);
            if (!c.description().isEmpty()) {
                // run the statement to its end: rows are discarded, side effects are not
                while (c.fetchone() != null) {
                    // discard
                }
            }
            return c.rowcount();
        }
    }

    @Override
    public List<Row> query(String sql, Object... params) {
        try (Cursor c = cursor()) {
            c.execute(sql, params);
            return c.description().isEmpty() ? List.of() : c.fetchall();
        }
    }

    @Override
    public Row queryOne(String sql, Object... params) {
        try (Cursor c = cursor()) {
            c.execute(sql, params);
            return c.description().isEmpty() ? null : c.fetchone();
        }
    }

    @Override
    public void commit() {
        lock.lock();
        try {
            ensureOpen();
            blocks().ensureNoBlock("commit");
            if (transactionControl().inTransaction()) {
                transactionControl().commitTransaction();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void rollback() {
        lock.lock();
        try {
            ensureOpen();
            blocks().ensureNoBlock("rollback");
            if (transactionControl().inTransaction()) {
                transactionControl().rollbackTransaction();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean autocommit() {
        return autocommit;
    }

    @Override
    public void setAutocommit(boolean on) {
        lock.lock();
        try {
            ensureOpen();
            blocks().ensureNoBlock("setAutocommit");
            if (on && !autocommit && transactionControl().inTransaction()) {
                transactionControl().commitTransaction();
            }
            if (on != autocommit) {
                autocommitChanged(on);
                autocommit = on;
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Transaction transaction() {
        return transaction(TransactionOptions.DEFAULT);
    }

    @Override
    public Transaction transaction(TransactionOptions options) {
        lock.lock();
        try {
            ensureOpen();
            return blocks().open(options);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            try {
                if (transactionControl().inTransaction()) {
                    transactionControl().rollbackTransaction();
                }
            } catch (SqlwireException e) {
                // closing ends the session either way; the server discards the transaction with it
            } finally {
                closed = true;
                blocks().abandon();
                closeSession();
            }
        } finally {
            lock.unlock();
        }
    }
}
