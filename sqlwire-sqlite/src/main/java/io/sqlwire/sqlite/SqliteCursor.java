package io.sqlwire.sqlite;

import io.sqlwire.Column;
import io.sqlwire.Cursor;
import io.sqlwire.InterfaceException;
import io.sqlwire.ProgrammingException;
import io.sqlwire.Row;
import io.sqlwire.Warning;
import io.sqlwire.core.result.ResultColumns;
import io.sqlwire.core.session.AbstractCursor;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A cursor on an SQLite connection. Rows stream from the prepared statement as they are fetched;
 * see the package documentation for {@code rowcount}, {@code lastrowid} and multi-statement texts.
 */
final class SqliteCursor extends AbstractCursor {

    private static final Object[] NO_PARAMS = {};

    private final SqliteConnection conn;
    private final ReentrantLock lock;
    private final Deque<SqliteResult> pending = new ArrayDeque<>();
    private SqliteResult current;
    private Long lastrowid;

    SqliteCursor(SqliteConnection conn) {
        super(conn);
        this.conn = conn;
        this.lock = conn.sessionLock();
    }

    @Override
    public Cursor execute(String sql, Object... params) {
        Object[] args = params == null ? NO_PARAMS : params;
        List<SqliteStatement> statements = statements(sql);
        if (statements.size() > 1 && args.length > 0) {
            throw new ProgrammingException("parameters can only be used with a single statement, and this text has "
                    + statements.size(), "42000", 0, false, null);
        }
        lock.lock();
        try {
            ensureOpen();
            discardResults();
            for (int i = 0; i < statements.size(); i++) {
                SqliteResult result = run(statements.get(i), args);
                pending.add(result);
                if (i < statements.size() - 1) {
                    bufferQuietly(result);
                }
            }
            current = pending.poll();
        } catch (RuntimeException e) {
            discardResults();
            throw e;
        } finally {
            lock.unlock();
        }
        return this;
    }

    private SqliteResult run(SqliteStatement st, Object[] args) {
        return conn.statement(st, () -> {
            PreparedStatement ps = conn.jdbc().prepareStatement(st.sql());
            try {
                SqliteBinder.bind(ps, args);
                ResultColumns columns = SqliteResult.columnsOf(ps, () -> conn.describe(st.sql()));
                ps.execute();
                if (st.inserts()) {
                    lastrowid = conn.lastInsertRowid();
                }
                if (columns.size() > 0) {
                    return SqliteResult.rows(ps, columns);
                }
                long count = st.changesRows() ? ps.getUpdateCount() : -1;
                ps.close();
                return SqliteResult.count(count);
            } catch (SQLException | RuntimeException e) {
                ps.close();
                throw e;
            }
        });
    }

    private void bufferQuietly(SqliteResult result) {
        conn.run(SqliteStatement.NONE, () -> {
            result.buffer();
            return null;
        });
    }

    @Override
    public Cursor executemany(String sql, List<Object[]> paramSets) {
        List<SqliteStatement> statements = statements(sql);
        if (statements.size() != 1) {
            throw new ProgrammingException("executemany runs exactly one statement, and this text has "
                    + statements.size(), "42000", 0, false, null);
        }
        SqliteStatement st = statements.get(0);
        lock.lock();
        try {
            ensureOpen();
            discardResults();
            current = conn.statement(st, () -> {
                try (PreparedStatement ps = conn.jdbc().prepareStatement(st.sql())) {
                    if (SqliteResult.columnsOf(ps, List::of).size() > 0) {
                        throw new ProgrammingException("executemany cannot run a statement that returns rows;"
                                + " use execute", "42000", 0, false, null);
                    }
                    return SqliteResult.count(batch(ps, st, paramSets));
                }
            });
        } finally {
            lock.unlock();
        }
        return this;
    }

    private long batch(PreparedStatement ps, SqliteStatement st, List<Object[]> paramSets) throws SQLException {
        if (paramSets.isEmpty()) {
            return st.changesRows() ? 0 : -1;
        }
        for (Object[] set : paramSets) {
            SqliteBinder.bind(ps, set == null ? NO_PARAMS : set);
            ps.addBatch();
        }
        long total = 0;
        for (int count : ps.executeBatch()) {
            total += Math.max(count, 0);
        }
        if (st.inserts()) {
            lastrowid = conn.lastInsertRowid();
        }
        return st.changesRows() ? total : -1;
    }

    @Override
    protected Row nextRow() {
        lock.lock();
        try {
            if (current == null) {
                throw new ProgrammingException("no result to fetch: no statement was executed", "24000", 0, false, null);
            }
            if (!current.hasRows()) {
                throw new ProgrammingException("no result to fetch: the last statement returned no rows",
                        "24000", 0, false, null);
            }
            SqliteResult result = current;
            return conn.run(SqliteStatement.NONE, result::next);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long rowcount() {
        SqliteResult r = current;
        return r == null ? -1 : r.rowcount();
    }

    @Override
    public List<Column> description() {
        SqliteResult r = current;
        return r == null ? List.of() : r.columns().columns();
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
            if (current != null) {
                current.close();
            }
            SqliteResult next = pending.poll();
            if (next == null) {
                return false;
            }
            current = next;
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<Warning> warnings() {
        return List.of();
    }

    @Override
    protected void release() {
        lock.lock();
        try {
            discardResults();
            conn.forget(this);
        } finally {
            lock.unlock();
        }
    }

    /** Closes the current and pending results; the connection calls it when the session goes away. */
    void discardResults() {
        if (current != null) {
            current.close();
            current = null;
        }
        for (SqliteResult r : pending) {
            r.close();
        }
        pending.clear();
        lastrowid = null;
    }

    private static List<SqliteStatement> statements(String sql) {
        if (sql == null) {
            throw new InterfaceException("the SQL text is null");
        }
        List<SqliteStatement> statements = SqliteScript.split(sql);
        if (statements.isEmpty()) {
            throw new ProgrammingException("no statement to execute: the SQL text is empty or only comments",
                    "42601", 0, false, null);
        }
        return statements;
    }
}
