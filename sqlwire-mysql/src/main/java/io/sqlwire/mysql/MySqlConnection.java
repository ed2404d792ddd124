package io.sqlwire.mysql;

import io.sqlwire.ConnectOptions;
import io.sqlwire.Cursor;
import io.sqlwire.InterfaceException;
import io.sqlwire.ProgrammingException;
import io.sqlwire.OperationalException;
import io.sqlwire.Secret;
import io.sqlwire.SqlwireException;
import io.sqlwire.Warning;
import io.sqlwire.core.session.AbstractConnection;
import io.sqlwire.core.session.TransactionControl;
import io.sqlwire.core.codec.CodecRegistry;
import io.sqlwire.core.options.CoreOptions;
import io.sqlwire.core.options.MysqlOptions;
import io.sqlwire.core.sql.SqlLexer;
import io.sqlwire.mysql.protocol.packet.client.ComStmtBulkExecute;
import io.sqlwire.mysql.protocol.packet.server.ColumnDefinition41;
import io.sqlwire.mysql.type.MySqlCodecContext;
import io.sqlwire.mysql.type.ZeroDateBehavior;
import java.time.ZoneId;
import io.sqlwire.mysql.protocol.packet.client.ComInitDb;
import io.sqlwire.mysql.protocol.packet.client.ComPing;
import io.sqlwire.mysql.protocol.packet.client.ComResetConnection;
import io.sqlwire.mysql.session.MySqlSession;
import io.sqlwire.mysql.session.MySqlCharsets;
import io.sqlwire.mysql.session.MySqlSessions;
import io.sqlwire.mysql.session.MySqlSettings;
import io.sqlwire.mysql.session.ResultStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A session with one MySQL or MariaDB server. Autocommit off is the server's own mode
 * ({@code SET autocommit=0} at login), so the server opens transactions; the connection follows
 * the status flags of every OK/EOF and the session trackers to know whether one is open, the
 * current database and whether backslashes escape.
 *
 * <p>When the server goes away (I/O error, killed connection, idle timeout 4031) the connection
 * is closed and the error is an {@link io.sqlwire.OperationalException}; {@link #reconnect()}
 * opens a new session to the same hosts.
 */
public final class MySqlConnection extends AbstractConnection {

    private final MySqlConnector connector;
    private final MySqlTransactions transactions = new MySqlTransactions(this);
    private MySqlSettings settings;
    private MySqlConnector.Opened opened;
    private boolean dirty;
    private final boolean autoReconnect;
    private boolean lostInTransaction;
    private boolean lossReported;
    private int lastWarnings;
    private final CodecRegistry codecs = CodecRegistry.global();
    private MySqlCodecContext codecContext;
    private final StatementCache statements;

    MySqlConnection(ConnectOptions options, MySqlConnector connector, MySqlConnector.Opened opened) {
        super(options);
        this.connector = connector;
        this.settings = connector.settings();
        this.opened = opened;
        this.autoReconnect = Boolean.TRUE.equals(MysqlOptions.AUTO_RECONNECT.get(options));
        this.statements = new StatementCache(CoreOptions.PREPARE_THRESHOLD.get(options));
        this.codecContext = MySqlCodecContext.of(MySqlCharsets.java(settings.charset()), ZoneId.systemDefault(),
                codecs, ZeroDateBehavior.fromOptions(options));
    }

    /** The row decoder for a result set's columns. */
    ResultDecoder decoder(List<ColumnDefinition41> defs, boolean binary) {
        return new ResultDecoder(defs, binary, codecs, codecContext);
    }

    /**
     * The server-side statement to run {@code sql} with and its bound parameters, or empty for
     * the text protocol (below the prepare threshold, not preparable, or a value without a binary
     * encoder). On MariaDB a first preparation is pipelined with the execution (see {@link PreparedRun}).
     *
     * @throws ProgrammingException when the number of parameters differs from the placeholders
     */
    Optional<PreparedRun> prepared(String sql, Object[] params) {
        return run(() -> PreparedRun.of(session(), statements, sql, params, codecs, codecContext));
    }

    MySqlSession session() {
        return opened.session();
    }

    ReentrantLock sessionLock() {
        return lock();
    }

    /**
     * Runs a session call. When the session broke under it the connection is marked lost, or with
     * {@code auto_reconnect} left for {@link #ensureLive()} to replace before the next statement.
     */
    <T> T run(Supplier<T> call) {
        try {
            return call.get();
        } catch (SqlwireException e) {
            if (session().isBroken()) {
                if (autoReconnect) {
                    lostInTransaction |= sessionInTransaction() || blocks().isActive();
                } else {
                    markLost();
                }
            }
            throw e;
        }
    }

    /**
     * With {@code auto_reconnect}: before a statement, replaces a dead session (trying the hosts
     * in order, restoring database, autocommit, sql_mode, collation and init_command). A session
     * that died inside a transaction is not replaced silently: this statement fails with SQLSTATE
     * 08007 saying the transaction was lost, and the next one reconnects.
     */
    void ensureLive() {
        if (!autoReconnect || session().probeAlive()) {
            return;
        }
        // the dead session's last status flags still say whether it was in a transaction
        boolean lostTx = !lossReported && (lostInTransaction || sessionInTransaction() || blocks().isActive());
        lostInTransaction = false;
        dirty = false;
        blocks().abandon();
        if (lostTx) {
            lossReported = true;
            throw new OperationalException("the connection to the server was lost inside a transaction, whose"
                    + " work is gone; not reconnecting for this statement (auto_reconnect reconnects on the next)",
                    "08007", 2013, true, null);
        }
        MySqlSettings now = settings.withIdentity(settings.user(), settings.password(), session().database())
                .withAutocommit(autocommit());
        opened = connector.open(now);
        statements.clear();
        lossReported = false;
    }

    /** Runs one statement to its end; for transaction control and session settings. */
    void exec(String sql) {
        lock().lock();
        try {
            ensureOpen();
            ensureLive();
            run(() -> session().execute(sql));
        } finally {
            lock().unlock();
        }
    }

    String interpolate(String sql, Object[] params) {
        boolean nbe = session().noBackslashEscapes();
        SqlLexer lexer = SqlLexer.mysql().withNoBackslashEscapes(nbe);
        List<String> literals = new ArrayList<>(params.length);
        for (Object p : params) {
            literals.add(MySqlLiterals.literal(p, nbe));
        }
        return lexer.interpolate(sql, literals);
    }

    /** The COM_STMT_BULK_EXECUTE packets for executemany on MariaDB, or empty (see {@link BulkPackets#plan}). */
    Optional<List<ComStmtBulkExecute>> bulk(String sql, List<Object[]> sets) {
        return run(() -> BulkPackets.plan(session(), statements, sql, sets, codecs, codecContext));
    }

    /** The multi-row form of an INSERT for executemany, or empty when it must run row by row. */
    Optional<InsertRewrite> insertRewrite(String sql) {
        return InsertRewrite.of(sql, lexer());
    }

    /** The multi-row statements for executemany, literals escaped for the session's current mode. */
    List<String> multiRowInserts(InsertRewrite rewrite, List<Object[]> sets) {
        boolean nbe = session().noBackslashEscapes();
        return rewrite.statements(sets, set -> {
            List<String> literals = new ArrayList<>(set.length);
            for (Object p : set) {
                literals.add(MySqlLiterals.literal(p, nbe));
            }
            return literals;
        }, lexer());
    }

    private SqlLexer lexer() {
        return SqlLexer.mysql().withNoBackslashEscapes(session().noBackslashEscapes());
    }

    /** Called after each statement and result: tracks the warning count and the implicit transaction. */
    void statementRan(ResultStream stream) {
        lastWarnings = stream.warnings();
        if (!autocommit()) {
            dirty = true;
        }
    }

    boolean sessionInTransaction() {
        return dirty || session().inTransaction();
    }

    void markDirty() {
        dirty = true;
    }

    void markClean() {
        dirty = false;
    }

    @Override
    protected TransactionControl transactionControl() {
        return transactions;
    }

    /**
     * The server's own autocommit state, from the SERVER_STATUS_AUTOCOMMIT flag of the last OK/EOF:
     * it stays exact when a statement such as {@code SET autocommit=1} changes it behind
     * {@link #setAutocommit(boolean)}'s back.
     */
    @Override
    public boolean autocommit() {
        return opened.session().serverAutocommit();
    }

    /** As the base class, also when the server's state was changed by a statement rather than here. */
    @Override
    public void setAutocommit(boolean on) {
        lock().lock();
        try {
            ensureOpen();
            if (on == super.autocommit() && on != autocommit()) {
                blocks().ensureNoBlock("setAutocommit");
                // turning autocommit on commits an open transaction on the server, as the base class does
                exec("SET autocommit=" + (on ? 1 : 0));
                dirty = false;
                return;
            }
            super.setAutocommit(on);
        } finally {
            lock().unlock();
        }
    }

    @Override
    protected void autocommitChanged(boolean on) {
        exec("SET autocommit=" + (on ? 1 : 0));
        dirty = false;
    }

    @Override
    protected void closeSession() {
        if (opened != null) {
            opened.session().close();
        }
    }

    @Override
    public Cursor cursor() {
        lock().lock();
        try {
            ensureOpen();
            return new MySqlCursor(this);
        } finally {
            lock().unlock();
        }
    }

    /** COM_PING: one round trip; never reconnects. */
    @Override
    public void ping() {
        lock().lock();
        try {
            ensureOpen();
            run(() -> session().simpleCommand(new ComPing(), "COM_PING"));
        } finally {
            lock().unlock();
        }
    }

    /**
     * Changes the connection character set with {@code SET NAMES}: statements are sent, and text
     * results decoded, in it from now on, and a reconnect or reset restores it. The configured
     * {@code collation} is kept when it belongs to the new charset.
     *
     * @param charset utf8mb4, utf8mb3 (utf8), latin1, ascii or binary
     * @throws io.sqlwire.InvalidOptionException for any other charset
     */
    public void setCharset(String charset) {
        String cs = MySqlCharsets.canonical(charset);
        setCharset(cs, MySqlCharsets.collationIfOf(cs, settings.collation()));
    }

    /**
     * As {@link #setCharset(String)}, with {@code SET NAMES charset COLLATE collation}.
     *
     * @param collation a collation of the charset, or {@code null} for its default
     * @throws io.sqlwire.InvalidOptionException for an unsupported charset or a collation of another one
     */
    public void setCharset(String charset, String collation) {
        String names = MySqlSessions.setNames(charset, collation);
        String cs = MySqlCharsets.canonical(charset);
        String coll = collation == null ? null : MySqlCharsets.collation(cs, collation);
        lock().lock();
        try {
            ensureOpen();
            ensureLive();
            run(() -> session().execute(names));
            session().textCharset(MySqlCharsets.java(cs));
            settings = settings.withCharset(cs, coll);
            codecContext = MySqlCodecContext.of(MySqlCharsets.java(cs), codecContext.timeZone(), codecs,
                    codecContext.zeroDateBehavior());
        } finally {
            lock().unlock();
        }
    }

    /** The connection character set: the {@code charset} option or the last {@link #setCharset}. */
    public String charset() {
        return settings.charset();
    }

    @Override
    public void selectDatabase(String name) {
        lock().lock();
        try {
            ensureOpen();
            run(() -> session().simpleCommand(new ComInitDb(name), "COM_INIT_DB"));
            session().databaseSelected(name);
        } finally {
            lock().unlock();
        }
    }

    /**
     * COM_RESET_CONNECTION: rolls back, drops user variables, temporary tables and prepared
     * statements, resets session variables; the database stays. sqlwire's session settings
     * (autocommit, sql_mode, collation, init_command) are applied again.
     *
     * @throws io.sqlwire.ProgrammingException inside a transaction block
     */
    public void reset() {
        lock().lock();
        try {
            ensureOpen();
            blocks().ensureNoBlock("reset");
            MySqlSettings restore = settings.withAutocommit(autocommit());
            statements.clear();
            run(() -> session().simpleCommand(new ComResetConnection(), "COM_RESET_CONNECTION"));
            dirty = false;
            run(() -> {
                connector.setup(session(), restore);
                return null;
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
            if (sessionInTransaction() && !session().isBroken()) {
                throw new InterfaceException("cannot reconnect inside an open transaction: its work would be lost;"
                        + " commit or roll back first");
            }
            MySqlSettings now = settings.withIdentity(settings.user(), settings.password(), session().database())
                    .withAutocommit(autocommit());
            MySqlConnector.Opened fresh = connector.open(now);
            blocks().abandon();
            opened.session().close();
            opened = fresh;
            statements.clear();
            dirty = false;
        } finally {
            lock().unlock();
        }
    }

    /** Reopens the session after the server closed it; used by changeUser's failure path. */
    private void reopenQuietly(MySqlSettings with) {
        try {
            opened = connector.open(with);
        } catch (SqlwireException e) {
            markLost();
        }
    }

    /**
     * COM_CHANGE_USER. The server resets the session (the transaction is rolled back). On failure
     * the server drops the connection, so sqlwire reconnects as the previous user and the error is
     * thrown; the connection stays usable under the old identity.
     */
    @Override
    public void changeUser(String user, String password, String database) {
        lock().lock();
        try {
            ensureOpen();
            blocks().ensureNoBlock("changeUser");
            MySqlSettings old = settings.withIdentity(settings.user(), settings.password(), session().database())
                    .withAutocommit(autocommit());
            MySqlSettings next = old.withIdentity(user, Secret.of(password),
                    database != null ? database : session().database());
            statements.clear();
            try {
                session().changeUser(next);
                connector.setup(session(), next);
                settings = next;
                dirty = false;
            } catch (SqlwireException e) {
                opened.session().close();
                reopenQuietly(old);
                throw e;
            }
        } finally {
            lock().unlock();
        }
    }

    @Override
    public List<Warning> warnings() {
        lock().lock();
        try {
            ensureOpen();
            if (lastWarnings == 0) {
                return List.of();
            }
            return run(() -> MySqlWarnings.show(session()));
        } finally {
            lock().unlock();
        }
    }

    @Override
    public String literal(Object value) {
        return MySqlLiterals.literal(value, opened.session().noBackslashEscapes());
    }

    @Override
    public String escapeString(String value) {
        return MySqlLiterals.escape(value, opened.session().noBackslashEscapes());
    }

    @Override
    public String backend() {
        return "mysql";
    }

    @Override
    public String host() {
        return opened.host();
    }

    @Override
    public int port() {
        return opened.port();
    }

    @Override
    public String user() {
        return opened.session().user();
    }

    @Override
    public String database() {
        return opened.session().database();
    }

    @Override
    public String serverVersion() {
        return opened.session().greeting().version();
    }

    /** Whether the server is MariaDB (rather than MySQL). */
    public boolean isMariaDb() {
        return opened.session().greeting().isMariaDb();
    }

    @Override
    public String toString() {
        return "MySqlConnection[" + opened.host() + ":" + opened.port() + ", user=" + user() + ", database="
                + database() + (isClosed() ? ", closed" : "") + "]";
    }
}
