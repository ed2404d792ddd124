package io.sqlwire.sqlite;

import io.sqlwire.ConnectOptions;
import io.sqlwire.Column;
import io.sqlwire.Cursor;
import io.sqlwire.InterfaceException;
import io.sqlwire.NotSupportedException;
import io.sqlwire.TransactionOptions;
import io.sqlwire.Warning;
import io.sqlwire.core.session.AbstractConnection;
import io.sqlwire.core.session.TransactionControl;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteCommitListener;
import org.sqlite.SQLiteConnection;

/**
 * A session with one SQLite database through sqlite-jdbc.
 *
 * <p>sqlite-jdbc stays in its own autocommit mode; sqlwire sends {@code BEGIN}, {@code COMMIT} and
 * {@code ROLLBACK} itself. Whether a transaction is open is tracked from the statements that open
 * one and from SQLite's commit and rollback hooks, which also report the rollbacks SQLite does on
 * its own after some errors.
 *
 * <p>{@link #reconnect()} opens the file again; for an in-memory database that is a new, empty
 * database.
 */
final class SqliteConnection extends AbstractConnection {

    /** A JDBC call whose SQLException the connection maps. */
    @FunctionalInterface
    interface SqlCall<T> {
        T run() throws SQLException;
    }

    private final SqliteSettings settings;
    private final SqliteTransactions transactions = new SqliteTransactions(this);
    private final Set<SqliteCursor> cursors = Collections.newSetFromMap(new WeakHashMap<>());
    private SQLiteConnection jdbc;
    private PreparedStatement lastRowid;
    private String version;
    private volatile boolean inTransaction;
    private volatile int rollbacks;

    private SqliteConnection(ConnectOptions options, SqliteSettings settings) {
        super(options);
        this.settings = settings;
    }

    /**
     * Opens the database the options name.
     *
     * @throws io.sqlwire.InvalidOptionException for a bad option
     * @throws io.sqlwire.OperationalException when the file cannot be opened
     */
    static SqliteConnection open(ConnectOptions options) {
        SqliteConnection conn = new SqliteConnection(options, SqliteSettings.from(options));
        conn.openSession();
        return conn;
    }

    private void openSession() {
        try {
            jdbc = (SQLiteConnection) settings.config().createConnection(settings.url());
        } catch (SQLException e) {
            throw SqliteErrors.map(e, "cannot open SQLite database \"" + settings.path() + "\" (mode=" + settings.mode() + ")");
        }
        jdbc.addCommitListener(new SQLiteCommitListener() {
            @Override
            public void onCommit() {
                inTransaction = false;
            }

            @Override
            public void onRollback() {
                rollbacks++;
                inTransaction = false;
            }
        });
        inTransaction = false;
        try (Statement st = jdbc.createStatement(); ResultSet rs = st.executeQuery("select sqlite_version()")) {
            rs.next();
            version = rs.getString(1);
        } catch (SQLException e) {
            closeJdbc();
            throw SqliteErrors.map(e, "cannot open SQLite database \"" + settings.path() + "\"");
        }
    }

    /** The lock the cursors hold around their use of the session. */
    ReentrantLock sessionLock() {
        return lock();
    }

    /**
     * The full column description of {@code sql}, from a fresh preparation (nothing runs), for a
     * result whose description was deferred. Rows may ask from any thread, so this takes the lock.
     */
    List<Column> describe(String sql) {
        ReentrantLock lock = sessionLock();
        lock.lock();
        try {
            ensureOpen();
            try (PreparedStatement ps = jdbc.prepareStatement(sql)) {
                return SqliteResult.describe(ps);
            }
        } catch (SQLException e) {
            throw SqliteErrors.map(e);
        } finally {
            lock.unlock();
        }
    }

    /** The JDBC connection; the caller holds the lock and has checked the connection open. */
    SQLiteConnection jdbc() {
        return jdbc;
    }

    boolean inTransaction() {
        return inTransaction;
    }

    /**
     * Runs one statement: opens a transaction first when autocommit is off and one is needed, keeps
     * the transaction flag right whether the statement succeeds or fails, and maps SQLite's errors.
     * The caller holds the lock.
     */
    <T> T statement(SqliteStatement st, SqlCall<T> call) {
        ensureOpen();
        if (st.allowsImplicitBegin() && needsImplicitBegin()) {
            transactions.begin(TransactionOptions.DEFAULT);
        }
        return run(st, call);
    }

    /** Runs a statement without the implicit BEGIN; used for the transaction statements themselves. */
    <T> T run(SqliteStatement st, SqlCall<T> call) {
        boolean wasInTransaction = inTransaction;
        int rollbacksBefore = rollbacks;
        try {
            T result = call.run();
            if (st.opensTransaction()) {
                inTransaction = true;
            }
            return result;
        } catch (SQLException e) {
            // a failed COMMIT leaves the transaction open unless SQLite rolled it back (the hook says so)
            inTransaction = wasInTransaction && rollbacks == rollbacksBefore;
            throw SqliteErrors.map(e);
        }
    }

    /** Executes a statement without parameters or rows; the caller holds the lock. */
    void exec(String sql) {
        SqliteStatement st = SqliteScript.split(sql).get(0);
        run(st, () -> {
            try (Statement s = jdbc.createStatement()) {
                s.execute(sql);
                return null;
            }
        });
    }

    /** {@code last_insert_rowid()}; the caller holds the lock. */
    long lastInsertRowid() throws SQLException {
        if (lastRowid == null) {
            lastRowid = jdbc.prepareStatement("select last_insert_rowid()");
        }
        try (ResultSet rs = lastRowid.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    protected TransactionControl transactionControl() {
        return transactions;
    }

    @Override
    public Cursor cursor() {
        lock().lock();
        try {
            ensureOpen();
            SqliteCursor cursor = new SqliteCursor(this);
            cursors.add(cursor);
            return cursor;
        } finally {
            lock().unlock();
        }
    }

    @Override
    public void ping() {
        lock().lock();
        try {
            ensureOpen();
            run(new SqliteStatement("select 1", "SELECT"), () -> {
                try (Statement s = jdbc.createStatement(); ResultSet rs = s.executeQuery("select 1")) {
                    return rs.next();
                }
            });
        } finally {
            lock().unlock();
        }
    }

    @Override
    public void reconnect() {
        lock().lock();
        try {
            ensureOpen();
            if (inTransaction) {
                throw new InterfaceException("cannot reconnect inside an open transaction: its work would be lost;"
                        + " commit or roll back first");
            }
            discardCursorResults();
            closeJdbc();
            openSession();
        } finally {
            lock().unlock();
        }
    }

    @Override
    public void changeUser(String user, String password, String database) {
        throw new NotSupportedException("SQLite has no users: changeUser is not supported", "0A000", 0, false, null);
    }

    @Override
    public void selectDatabase(String name) {
        throw new NotSupportedException("SQLite has one database per connection: open another file,"
                + " or ATTACH DATABASE it", "0A000", 0, false, null);
    }

    @Override
    public List<Warning> warnings() {
        return List.of();
    }

    @Override
    public String literal(Object value) {
        return SqliteLiterals.literal(value);
    }

    @Override
    public String escapeString(String value) {
        return SqliteLiterals.escape(value);
    }

    @Override
    public String backend() {
        return SqliteDriver.BACKEND;
    }

    @Override
    public String host() {
        return null;
    }

    @Override
    public int port() {
        return 0;
    }

    @Override
    public String user() {
        return null;
    }

    @Override
    public String database() {
        return settings.path();
    }

    @Override
    public String serverVersion() {
        return version;
    }

    @Override
    protected void closeSession() {
        discardCursorResults();
        closeJdbc();
    }

    /** Stops tracking a closed cursor; the caller holds the lock. */
    void forget(SqliteCursor cursor) {
        cursors.remove(cursor);
    }

    private void discardCursorResults() {
        for (SqliteCursor c : new ArrayList<>(cursors)) {
            c.discardResults();
        }
    }

    private void closeJdbc() {
        try {
            if (lastRowid != null) {
                lastRowid.close();
            }
            jdbc.close();
        } catch (SQLException | RuntimeException e) {
            // the handle is gone either way; sqlite-jdbc reports statements it already finalized
        } finally {
            lastRowid = null;
        }
    }

    @Override
    public String toString() {
        return "SqliteConnection[" + settings.path() + (isClosed() ? ", closed" : "") + "]";
    }
}
