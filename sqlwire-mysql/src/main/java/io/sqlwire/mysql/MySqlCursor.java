package io.sqlwire.mysql;

import io.sqlwire.Column;
import io.sqlwire.Cursor;
import io.sqlwire.InterfaceException;
import io.sqlwire.ProgrammingException;
import io.sqlwire.Row;
import io.sqlwire.SqlwireException;
import io.sqlwire.Warning;
import io.sqlwire.core.result.ResultColumns;
import io.sqlwire.core.session.AbstractCursor;
import io.sqlwire.mysql.protocol.packet.server.ColumnDefinition41;
import io.sqlwire.mysql.protocol.packet.client.ComStmtBulkExecute;
import io.sqlwire.mysql.protocol.packet.server.OkPacket;
import io.sqlwire.mysql.session.ResultStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A cursor on a MySQL connection. Statements go out as COM_QUERY with the parameters interpolated
 * as literals; rows stream from the socket as they are fetched (an unbuffered cursor), so
 * {@code fetchmany} never holds more than it returns. Running another statement on the same
 * connection before the rows are read discards the rest of this result; fetching it afterwards
 * is a {@link ProgrammingException}.
 */
final class MySqlCursor extends AbstractCursor {

    private final MySqlConnection conn;
    private final ReentrantLock lock;
    private ResultStream stream;
    private List<ColumnDefinition41> defs;
    private ResultDecoder decoder;
    private ResultColumns columns = ResultColumns.empty();
    private long rowcount = -1;
    private Long lastrowid;
    private int warningCount;
    private boolean executed;

    MySqlCursor(MySqlConnection conn) {
        super(conn);
        this.conn = conn;
        this.lock = conn.sessionLock();
    }

    @Override
    public Cursor execute(String sql, Object... params) {
        return run(sql, params == null ? new Object[0] : params, true);
    }

    /** Executes one statement; {@code mayPrepare} lets the statement cache run it as a prepared statement. */
    private Cursor run(String sql, Object[] args, boolean mayPrepare) {
        if (sql == null) {
            throw new InterfaceException("the SQL text is null");
        }
        lock.lock();
        try {
            ensureOpen();
            conn.ensureLive();
            Optional<PreparedRun> prepared = mayPrepare ? conn.prepared(sql, args) : Optional.empty();
            String text = prepared.isPresent() ? null : conn.interpolate(sql, args);
            reset();
            executed = true;
            stream = conn.run(() -> prepared.isPresent()
                    ? prepared.get().run(conn.session())
                    : conn.session().query(text));
            conn.statementRan(stream);
            takeResult();
        } finally {
            lock.unlock();
        }
        return this;
    }

    /**
     * Runs the statement once per parameter set. On MariaDB an INSERT/REPLACE/UPDATE/DELETE whose
     * values all bind goes out as COM_STMT_BULK_EXECUTE (see {@link BulkPackets}); otherwise an
     * {@code INSERT ... VALUES (...)} goes out as
     * multi-row inserts instead (see {@link InsertRewrite}). {@code rowcount} is the total;
     * {@code lastrowid} is the last id the server reported (for a multi-row insert, the first id of
     * its last statement).
     */
    @Override
    public Cursor executemany(String sql, List<Object[]> paramSets) {
        lock.lock();
        try {
            ensureOpen();
            conn.ensureLive();
            var bulk = conn.bulk(sql, paramSets);
            Optional<InsertRewrite> rewrite = paramSets.size() > 1 && bulk.isEmpty()
                    ? conn.insertRewrite(sql) : Optional.empty();
            long total = 0;
            Long lastId = null;
            if (bulk.isPresent()) {
                reset();
                executed = true;
                for (ComStmtBulkExecute packet : bulk.get()) {
                    stream = conn.run(() -> conn.session().bulkExecute(packet));
                    conn.statementRan(stream);
                    takeResult();
                    total += Math.max(0, rowcount);
                    lastId = lastrowid != null ? lastrowid : lastId;
                }
            } else if (rewrite.isPresent()) {
                for (String statement : conn.multiRowInserts(rewrite.get(), paramSets)) {
                    run(statement, new Object[0], false);
                    total += Math.max(0, rowcount);
                    lastId = lastrowid != null ? lastrowid : lastId;
                }
            } else {
                for (Object[] set : paramSets) {
                    execute(sql, set);
                    if (!description().isEmpty()) {
                        throw new ProgrammingException("executemany cannot run a statement that returns rows;"
                                + " use execute", "42000", 0, false, null);
                    }
                    total += Math.max(0, rowcount);
                    lastId = lastrowid != null ? lastrowid : lastId;
                }
            }
            rowcount = paramSets.isEmpty() ? 0 : total;
            lastrowid = lastId;
        } finally {
            lock.unlock();
        }
        return this;
    }

    /** Takes the metadata of the stream's current result. */
    private void takeResult() {
        defs = stream.columns();
        if (defs == null) {
            OkPacket ok = stream.ok();
            columns = ResultColumns.empty();
            rowcount = ok.affectedRows();
            lastrowid = ok.lastInsertId() != 0 ? ok.lastInsertId() : null;
            warningCount = ok.warnings();
        } else {
            decoder = conn.decoder(defs, stream.isBinary());
            columns = decoder.columns();
            rowcount = -1;
            lastrowid = null;
            warningCount = 0;
        }
    }

    @Override
    protected Row nextRow() {
        lock.lock();
        try {
            if (!executed) {
                throw new ProgrammingException("no result to fetch: no statement was executed", "24000", 0, false, null);
            }
            if (defs == null) {
                throw new ProgrammingException("no result to fetch: the last statement returned no rows",
                        "24000", 0, false, null);
            }
            if (stream.isDiscarded()) {
                throw new ProgrammingException("the rest of this result was discarded: another statement ran on"
                        + " the connection before its rows were fetched", "24000", 0, false, null);
            }
            if (stream.rowsDone()) {
                return null;
            }
            byte[][] raw = conn.run(stream::nextRow);
            if (raw == null) {
                rowcount = stream.rowsRead();
                warningCount = stream.warnings();
                conn.statementRan(stream);
                return null;
            }
            return decoder.row(raw);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long rowcount() {
        return rowcount;
    }

    @Override
    public List<Column> description() {
        return columns.columns();
    }

    @Override
    public Long lastrowid() {
        return lastrowid;
    }

    @Override
    public boolean nextset() {
        lock.lock();
        try {
            ensureOpen();
            if (stream == null || stream.isDiscarded()) {
                return false;
            }
            boolean more = conn.run(stream::nextResult);
            if (more) {
                takeResult();
            }
            conn.statementRan(stream);
            return more;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<Warning> warnings() {
        lock.lock();
        try {
            return warningCount == 0 ? List.of() : conn.warnings();
        } finally {
            lock.unlock();
        }
    }

    @Override
    protected void release() {
        lock.lock();
        try {
            if (stream != null && !stream.isDone() && !stream.isDiscarded() && !conn.isClosed()
                    && !conn.session().isBroken()) {
                try {
                    conn.run(() -> {
                        stream.drain();
                        return null;
                    });
                } catch (SqlwireException e) {
                    // closing a cursor does not fail: an error in the unread rest belongs to nobody now,
                    // and a lost session has already marked the connection
                }
            }
            reset();
        } finally {
            lock.unlock();
        }
    }

    private void reset() {
        stream = null;
        defs = null;
        decoder = null;
        columns = ResultColumns.empty();
        rowcount = -1;
        lastrowid = null;
        warningCount = 0;
    }
}
