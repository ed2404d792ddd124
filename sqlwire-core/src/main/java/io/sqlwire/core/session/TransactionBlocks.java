package io.sqlwire.core.session;

import io.sqlwire.InterfaceException;
import io.sqlwire.NotSupportedException;
import io.sqlwire.ProgrammingException;
import io.sqlwire.Transaction;
import io.sqlwire.TransactionOptions;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The stack of {@link Transaction} blocks open on one connection.
 *
 * <p>A block opened when no transaction is open begins one with its options, and its commit or
 * rollback ends it. A block opened inside another block, or inside a transaction the session
 * opened implicitly (autocommit off), is a savepoint {@code sp_1}, {@code sp_2}, ...: its commit
 * releases the savepoint and its rollback rolls back to it, leaving the enclosing work to the
 * enclosing block or to {@code Connection.commit()}. Options other than the defaults are only
 * allowed on a block that begins the transaction.
 *
 * <p>Blocks end innermost first: committing a block while an inner one is still active is an
 * error, while rolling it back also ends the inner ones. While a block is active,
 * {@code Connection.commit()}, {@code rollback()} and {@code setAutocommit()} are refused (see
 * {@link #ensureNoBlock}), as psycopg does. Not thread-safe: the connection serialises its use.
 */
public final class TransactionBlocks {

    private enum State { ACTIVE, COMMITTED, ROLLED_BACK, ABANDONED }

    private final TransactionControl control;
    private final Deque<Block> open = new ArrayDeque<>();
    private int savepoints;

    public TransactionBlocks(TransactionControl control) {
        this.control = control;
    }

    /** Whether a block is active. */
    public boolean isActive() {
        return !open.isEmpty();
    }

    /**
     * Opens a block: begins a transaction, or sets a savepoint when one is already open.
     *
     * @throws ProgrammingException when options are given for a block that would be a savepoint
     * @throws NotSupportedException when a savepoint is needed and the backend has none
     */
    public Transaction open(TransactionOptions options) {
        TransactionOptions opts = options == null ? TransactionOptions.DEFAULT : options;
        if (open.isEmpty() && !control.inTransaction()) {
            control.begin(opts);
            return push(null);
        }
        if (!opts.equals(TransactionOptions.DEFAULT)) {
            throw new ProgrammingException("transaction options " + opts + " can only be set by a block that"
                    + " begins the transaction, and one is already open: commit or roll back first",
                    "25001", 0, false, null);
        }
        if (!control.supportsSavepoints()) {
            throw new NotSupportedException("nested transaction blocks need savepoints, which this backend lacks",
                    "0A000", 0, false, null);
        }
        if (open.isEmpty()) {
            savepoints = 0;
        }
        String name = "sp_" + (++savepoints);
        control.savepoint(name);
        return push(name);
    }

    /**
     * Refuses a connection-level transaction operation while a block is active.
     *
     * @throws ProgrammingException naming the operation
     */
    public void ensureNoBlock(String operation) {
        if (!open.isEmpty()) {
            throw new ProgrammingException(operation + "() is not allowed inside a transaction block:"
                    + " call commit() or rollback() on the block instead", "25000", 0, false, null);
        }
    }

    /** Ends every block without running SQL: the session closed or was replaced. */
    public void abandon() {
        for (Block b : open) {
            b.state = State.ABANDONED;
        }
        open.clear();
    }

    private Transaction push(String savepoint) {
        Block block = new Block(savepoint);
        open.push(block);
        return block;
    }

    /** Pops {@code block} and every block opened inside it. */
    private void popThrough(Block block, State end) {
        while (!open.isEmpty()) {
            Block top = open.pop();
            top.state = top == block ? end : State.ROLLED_BACK;
            if (top == block) {
                return;
            }
        }
    }

    private final class Block implements Transaction {
        private final String savepoint;
        private State state = State.ACTIVE;

        Block(String savepoint) {
            this.savepoint = savepoint;
        }

        @Override
        public void commit() {
            checkActive("commit");
            if (open.peek() != this) {
                throw new ProgrammingException("an inner transaction block is still active: commit or close it first",
                        "25000", 0, false, null);
            }
            // on failure the block stays active, so close() rolls back what the commit could not save
            if (savepoint == null) {
                control.commitTransaction();
            } else {
                control.releaseSavepoint(savepoint);
            }
            popThrough(this, State.COMMITTED);
        }

        @Override
        public void rollback() {
            checkActive("rollback");
            try {
                // the transaction may already be gone (a failed commit the server ended, a lost session)
                if (control.inTransaction()) {
                    if (savepoint == null) {
                        control.rollbackTransaction();
                    } else {
                        control.rollbackToSavepoint(savepoint);
                        control.releaseSavepoint(savepoint);
                    }
                }
            } finally {
                popThrough(this, State.ROLLED_BACK);
            }
        }

        @Override
        public boolean isActive() {
            return state == State.ACTIVE;
        }

        @Override
        public void close() {
            if (state == State.ACTIVE) {
                rollback();
            }
        }

        private void checkActive(String operation) {
            switch (state) {
                case ACTIVE -> { }
                case COMMITTED -> throw new InterfaceException("cannot " + operation + ": the transaction block was already committed");
                case ROLLED_BACK -> throw new InterfaceException("cannot " + operation + ": the transaction block was already rolled back");
                case ABANDONED -> throw new InterfaceException("cannot " + operation + ": the transaction block ended with its session");
            }
        }

        @Override
        public String toString() {
            return "Transaction[" + (savepoint == null ? "outer" : savepoint) + ", " + state + "]";
        }
    }
}
