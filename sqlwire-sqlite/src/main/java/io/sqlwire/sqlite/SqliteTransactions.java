package io.sqlwire.sqlite;

import io.sqlwire.IsolationLevel;
import io.sqlwire.TransactionOptions;
import io.sqlwire.core.session.TransactionControl;

/**
 * SQLite's transaction statements. SQLite transactions are serializable whatever level is asked
 * for; READ UNCOMMITTED also turns on {@code PRAGMA read_uncommitted} and a read-only block turns
 * on {@code PRAGMA query_only}, both set before {@code BEGIN} and reset when the transaction ends.
 * Every method runs with the connection's lock held by the caller.
 */
final class SqliteTransactions implements TransactionControl {

    private final SqliteConnection conn;
    private boolean queryOnly;
    private boolean readUncommitted;

    SqliteTransactions(SqliteConnection conn) {
        this.conn = conn;
    }

    @Override
    public boolean inTransaction() {
        return conn.inTransaction();
    }

    @Override
    public void begin(TransactionOptions options) {
        resetPragmas();
        if (options.readOnly()) {
            conn.exec("PRAGMA query_only = 1");
            queryOnly = true;
        }
        if (options.isolation() == IsolationLevel.READ_UNCOMMITTED) {
            conn.exec("PRAGMA read_uncommitted = 1");
            readUncommitted = true;
        }
        try {
            conn.exec("BEGIN");
        } catch (RuntimeException e) {
            resetPragmas();
            throw e;
        }
    }

    @Override
    public void commitTransaction() {
        conn.exec("COMMIT");
        resetPragmas();
    }

    @Override
    public void rollbackTransaction() {
        try {
            conn.exec("ROLLBACK");
        } finally {
            resetPragmas();
        }
    }

    @Override
    public void execute(String sql) {
        conn.exec(sql);
    }

    /** Turns off the pragmas a block turned on; they apply to the session, not the transaction. */
    private void resetPragmas() {
        if (queryOnly) {
            queryOnly = false;
            conn.exec("PRAGMA query_only = 0");
        }
        if (readUncommitted) {
            readUncommitted = false;
            conn.exec("PRAGMA read_uncommitted = 0");
        }
    }
}
