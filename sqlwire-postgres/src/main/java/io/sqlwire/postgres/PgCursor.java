package io.sqlwire.postgres;

import io.sqlwire.Column;
import io.sqlwire.Cursor;
import io.sqlwire.ProgrammingException;
import io.sqlwire.Row;
import io.sqlwire.SqlwireException;
import io.sqlwire.Warning;
import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.options.CoreOptions;
import io.sqlwire.core.session.AbstractCursor;
import io.sqlwire.core.sql.NumberedSql;
import io.sqlwire.core.sql.SqlLexer;
import io.sqlwire.postgres.protocol.flow.Request;
import io.sqlwire.postgres.session.EventSink;
import io.sqlwire.postgres.session.ParameterEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A PostgreSQL cursor. A statement with parameters, or a single statement, runs over the extended
 * protocol (unnamed, or a named prepared statement after {@code prepare_threshold} runs); a
 * parameterless string of several statements runs over the simple protocol, one result each
 * ({@link #nextset()}).
 *
 * <p>Streaming: with {@code fetch_size} set and a transaction open (autocommit off, or a
 * transaction block), a query runs in a named portal that sends {@code fetch_size} rows per round
 * trip, so only one batch is held in memory. Otherwise the whole result is read at execute.
 */
final class PgCursor extends AbstractCursor {
    private static final AtomicLong IDS = new AtomicLong();

    private final PgConnection conn;
    private final String portalName = "sqlwire_portal_" + IDS.incrementAndGet();
    private final int fetchSize;
    private List<PgResult> results = List.of();
    private int index = -1;
    private boolean portalOpen;
    private long rowcount = -1;
    private final List<Warning> warnings = new ArrayList<>();

    PgCursor(PgConnection conn) {
        super(conn);
        this.conn = conn;
        this.fetchSize = CoreOptions.FETCH_SIZE.get(conn.options());
    }

    @Override
    public Cursor execute(String sql, Object... params) {
        Object[] p = params == null ? new Object[0] : params;
        return run(sql, p.length == 0 ? List.of() : List.<Object[]>of(p), p.length == 0);
    }

    @Override
    public Cursor executemany(String sql, List<Object[]> paramSets) {
        return run(sql, paramSets, false);
    }

    private Cursor run(String sql, List<Object[]> sets, boolean noParameters) {
        ensureOpen();
        ReentrantLock lock = conn.sessionLock();
        lock.lock();
        try {
            conn.checkOpen();
            reset();
            conn.clearWarnings();
            Request request = request(sql, sets, noParameters);
            boolean beginsTransaction = conn.implicitBeginNeeded();
            PgResult.Collector c = execute(request, beginsTransaction);
            if (c.staleStatement && !conn.inTransaction()) {
                c = execute(request(sql, sets, noParameters), false); // re-prepared once: the old statement was dropped
            }
            finish(c);
            conn.catalogTypes().resolve(conn, results);
            return this;
        } finally {
            warnings.addAll(conn.warnings());
            lock.unlock();
        }
    }

    /**
     * Runs {@code request}, after an implicit BEGIN when needed. A stale prepared statement in a
     * transaction this very call began loses no work: that transaction is rolled back so the caller
     * can run the statement again.
     */
    private PgResult.Collector execute(Request request, boolean beginsTransaction) {
        CodecContext ctx = conn.codecContext();
        PgResult.Collector c = new PgResult.Collector(ctx);
        List<Request> requests = new ArrayList<>(2);
        List<EventSink> sinks = new ArrayList<>(2);
        if (conn.implicitBeginNeeded()) {
            // pipelined with the statement: one round trip for both
            requests.add(new Request.SimpleQuery("BEGIN"));
            sinks.add(EventSink.IGNORE);
        }
        requests.add(request);
        sinks.add(c);
        StatementTimer timer = StatementTimer.start(conn, CoreOptions.STATEMENT_TIMEOUT.get(conn.options()));
        try {
            conn.run(requests, sinks);
        } catch (SqlwireException e) {
            if (c.staleStatement && beginsTransaction && conn.inTransaction()) {
                conn.run(new Request.SimpleQuery("ROLLBACK"), EventSink.IGNORE);
            }
            if (!c.staleStatement || conn.inTransaction()) {
                throw timer == null ? e : timer.translate(e);
            }
        } finally {
            if (timer != null) {
                timer.close();
            }
        }
        return c;
    }

    private Request request(String sql, List<Object[]> sets, boolean noParameters) {
        SqlLexer lexer = conn.lexer();
        if (noParameters && isScript(lexer, sql)) {
            return new Request.SimpleQuery(sql);
        }
        NumberedSql numbered = lexer.toNumbered(sql);
        ParameterEncoder encoder = new ParameterEncoder(conn.codecContext());
        int n = numbered.parameterCount();
        int[] types = new int[n];
        int[] formats = new int[n];
        List<byte[][]> values = new ArrayList<>(Math.max(1, sets.size()));
        for (Object[] set : noParameters ? List.<Object[]>of(new Object[0]) : sets) {
            if (set.length != n) {
                throw new ProgrammingException("the statement has " + n + " placeholder(s) but " + set.length
                        + " parameter(s) were given", "07001", 0, false, null);
            }
            ParameterEncoder.Encoded e = encoder.encode(set);
            for (int i = 0; i < n; i++) {
                if (types[i] == 0 && e.values()[i] != null) {
                    types[i] = e.types()[i];
                    formats[i] = e.formats()[i];
                }
            }
            values.add(e.values());
        }
        boolean stream = fetchSize > 0 && sets.size() <= 1 && (!conn.autocommit() || conn.inTransaction());
        portalOpen = stream;
        return new Request.Extended(numbered.sql(), types, values, formats, new int[0],
                stream ? portalName : "", stream ? fetchSize : 0);
    }

    /** Several statements: only the simple protocol runs them in one go. */
    private static boolean isScript(SqlLexer lexer, String sql) {
        int semi = sql.indexOf(';');
        return semi >= 0 && semi < sql.stripTrailing().length() - 1 && lexer.split(sql).allStatements().size() > 1;
    }

    private void finish(PgResult.Collector c) {
        results = c.results;
        index = results.isEmpty() ? -1 : 0;
        long total = -1;
        for (PgResult r : results) {
            if (r.totalRows >= 0) {
                total = Math.max(total, 0) + r.totalRows;
            }
        }
        rowcount = results.size() > 1 && results.get(0).decoder == null ? total
                : results.isEmpty() ? -1 : results.get(0).totalRows;
    }

    private PgResult current() {
        return index >= 0 && index < results.size() ? results.get(index) : null;
    }

    @Override
    protected Row nextRow() {
        PgResult r = current();
        if (r == null || r.decoder == null) {
            throw new ProgrammingException("no result set to fetch from: the last statement returned no rows");
        }
        if (r.rows.isEmpty() && r.suspended) {
            fetchBatch(r);
        }
        return r.rows.isEmpty() ? null : r.decoder.decode(r.rows.poll());
    }

    private void fetchBatch(PgResult r) {
        ReentrantLock lock = conn.sessionLock();
        lock.lock();
        try {
            conn.checkOpen();
            conn.run(new Request.FetchPortal(portalName, fetchSize), new PgResult.Collector(conn.codecContext(), r));
            if (!r.suspended) {
                rowcount = r.totalRows;
            }
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
        PgResult r = current();
        return r == null ? List.of() : r.columns();
    }

    @Override
    public Long lastrowid() {
        PgResult r = current();
        long oid = r == null || r.complete == null ? 0 : r.complete.insertOid();
        return oid == 0 ? null : oid;
    }

    @Override
    public boolean nextset() {
        ensureOpen();
        if (index < 0 || index + 1 >= results.size()) {
            index = results.size();
            closePortal();
            return false;
        }
        index++;
        rowcount = results.get(index).totalRows;
        return true;
    }

    @Override
    public List<Warning> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    protected void release() {
        reset();
    }

    private void reset() {
        closePortal();
        results = List.of();
        index = -1;
        rowcount = -1;
        warnings.clear();
    }

    private void closePortal() {
        if (portalOpen) {
            portalOpen = false;
            if (!conn.isClosed()) {
                conn.session().machine().closePortalLater(portalName);
            }
        }
    }
}
