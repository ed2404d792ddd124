package io.sqlwire.mysql;

import io.sqlwire.TransactionOptions;
import io.sqlwire.core.session.TransactionControl;

/**
 * Transactions on MySQL. With autocommit off the server itself opens a transaction at the first
 * statement (sqlwire sends {@code SET autocommit=0} at login), so no BEGIN is needed; whether one
 * is open comes from the SERVER_STATUS_IN_TRANS flag of the last OK/EOF, or from a statement
 * having run since the last commit (a plain SELECT on MyISAM does not set the flag, yet the
 * session should still COMMIT when asked).
 */
final class MySqlTransactions implements TransactionControl {
    private final MySqlConnection conn;

    MySqlTransactions(MySqlConnection conn) {
        this.conn = conn;
    }

    @Override
    public boolean inTransaction() {
        return conn.sessionInTransaction();
    }

    @Override
    public void begin(TransactionOptions options) {
        if (options.isolation() != null) {
            conn.exec("SET TRANSACTION ISOLATION LEVEL " + options.isolation().sql());
        }
        conn.exec(options.readOnly() ? "START TRANSACTION READ ONLY" : "START TRANSACTION");
        conn.markDirty();
    }

    @Override
    public void commitTransaction() {
        conn.exec("COMMIT");
        conn.markClean();
    }

    @Override
    public void rollbackTransaction() {
        conn.exec("ROLLBACK");
        conn.markClean();
    }

    @Override
    public void execute(String sql) {
        conn.exec(sql);
    }
}
