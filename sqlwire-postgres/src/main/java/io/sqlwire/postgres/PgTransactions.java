package io.sqlwire.postgres;

import io.sqlwire.IsolationLevel;
import io.sqlwire.TransactionOptions;
import io.sqlwire.core.session.TransactionControl;
import io.sqlwire.postgres.protocol.flow.Request;
import io.sqlwire.postgres.protocol.message.backend.ReadyForQuery;
import io.sqlwire.postgres.session.EventSink;

/** Transaction primitives as simple-query statements; the status comes from ReadyForQuery. */
final class PgTransactions implements TransactionControl {
    private final PgConnection conn;

    PgTransactions(PgConnection conn) {
        this.conn = conn;
    }

    @Override
    public boolean inTransaction() {
        return conn.transactionStatus() != ReadyForQuery.IDLE;
    }

    @Override
    public void begin(TransactionOptions options) {
        run(beginStatement(options));
    }

    static String beginStatement(TransactionOptions o) {
        StringBuilder sql = new StringBuilder("BEGIN");
        if (o.isolation() != null) {
            sql.append(" ISOLATION LEVEL ").append(isolation(o.isolation()));
        }
        if (o.readOnly()) {
            sql.append(" READ ONLY");
        }
        if (o.deferrable()) {
            sql.append(" DEFERRABLE");
        }
        return sql.toString();
    }

    private static String isolation(IsolationLevel level) {
        return level.sql();
    }

    @Override
    public void commitTransaction() {
        run("COMMIT");
    }

    @Override
    public void rollbackTransaction() {
        run("ROLLBACK");
    }

    @Override
    public void execute(String sql) {
        run(sql);
    }

    private void run(String sql) {
        conn.run(new Request.SimpleQuery(sql), EventSink.IGNORE);
    }
}
