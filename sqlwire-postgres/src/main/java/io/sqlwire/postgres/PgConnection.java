package io.sqlwire.postgres;

import io.sqlwire.ConnectOptions;
import io.sqlwire.Cursor;
import io.sqlwire.InterfaceException;
import io.sqlwire.Secret;
import io.sqlwire.SqlwireException;
import io.sqlwire.Warning;
import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.CodecRegistry;
import io.sqlwire.core.session.AbstractConnection;
import io.sqlwire.core.session.TransactionControl;
import io.sqlwire.core.sql.SqlLexer;
import io.sqlwire.postgres.protocol.flow.Request;
import io.sqlwire.postgres.session.CancelRequests;
import io.sqlwire.postgres.session.EventSink;
import io.sqlwire.postgres.session.PgLiterals;
import io.sqlwire.postgres.session.PgSession;
import io.sqlwire.postgres.protocol.flow.QueryEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import io.sqlwire.postgres.protocol.message.backend.NotificationResponse;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A connection to a PostgreSQL server over the native protocol v3. Obtain it through
 * {@link io.sqlwire.Sqlwire#connect}; cast to this class for PostgreSQL-only features
 * (server parameters, backend pid, notice listener).
 */
public final class PgConnection extends AbstractConnection {
    private final Function<ConnectOptions, PgSession> opener;
    private final PgTransactions transactions = new PgTransactions(this);
    private final CatalogTypes catalogTypes = new CatalogTypes();
    private volatile PgSession session;
    private volatile ConnectOptions current;
    private final List<Warning> warnings = new ArrayList<>();
    private volatile Consumer<Warning> noticeListener;
    private volatile Consumer<PgNotification> notificationListener;

    PgConnection(ConnectOptions options, PgSession session, Function<ConnectOptions, PgSession> opener) {
        super(options);
        this.opener = opener;
        this.current = options;
        install(session);
    }

    private void install(PgSession s) {
        catalogTypes.clear();
        s.setNoticeListener(this::notice);
        Consumer<PgNotification> l = notificationListener;
        s.setNotificationListener(l == null ? null : n -> l.accept(toNotification(n)));
        this.session = s;
    }

    private static PgNotification toNotification(NotificationResponse n) {
        return new PgNotification(n.processId(), n.channel(), n.payload());
    }

    /**
     * Receives LISTEN/NOTIFY notifications as they arrive (during queries or {@link #notifications}
     * polls); {@code null} to queue them for {@link #notifications} again.
     */
    public void setNotificationListener(Consumer<PgNotification> listener) {
        this.notificationListener = listener;
        session.setNotificationListener(listener == null ? null : n -> listener.accept(toNotification(n)));
    }

    /**
     * The next notification: one received already, else one the server sends within
     * {@code timeout}; {@code null} when none came. Run {@code LISTEN channel} first (and commit it
     * when autocommit is off: the server delivers notifications outside transactions).
     */
    public PgNotification notifications(Duration timeout) {
        ReentrantLock l = lock();
        l.lock();
        try {
            ensureOpen();
            NotificationResponse n;
            try {
                n = session.pollNotification(timeout);
            } catch (SqlwireException e) {
                if (session.isBroken()) {
                    markLost();
                }
                throw e;
            }
            return n == null ? null : toNotification(n);
        } finally {
            l.unlock();
        }
    }

    private void notice(Warning w) {
        warnings.add(w);
        Consumer<Warning> l = noticeListener;
        if (l != null) {
            l.accept(w);
        }
    }

    /** Receives every NoticeResponse (NOTICE, WARNING, ...) as it arrives; {@code null} to stop. */
    public void setNoticeListener(Consumer<Warning> listener) {
        this.noticeListener = listener;
    }

    /** The value of a run-time parameter the server reported (ParameterStatus), or {@code null}. */
    public String parameterStatus(String name) {
        return session.parameters().get(name);
    }

    /** Every reported run-time parameter. */
    public Map<String, String> parameterStatuses() {
        return Map.copyOf(session.parameters().all());
    }

    /** The process id of the server backend serving this session, or 0 when not reported. */
    public int backendPid() {
        var k = session.parameters().keyData();
        return k == null ? 0 : k.processId();
    }

    /** The transaction status of the last ReadyForQuery: {@code I} idle, {@code T} in a transaction, {@code E} failed. */
    public char transactionStatus() {
        return session.parameters().transactionStatus();
    }

    /**
     * Asks the server to cancel the statement running on this connection, from any thread: a
     * CancelRequest over a separate connection (with TLS when this one uses it), bounded by
     * connect_timeout or 10 s. The running statement then fails with SQLSTATE 57014. Best effort:
     * a statement that just finished is not affected, and there is no answer to wait for.
     */
    public void cancel() {
        if (isClosed()) {
            throw new InterfaceException("connection is closed");
        }
        CancelRequests.cancel(session);
    }

    /**
     * Runs {@code COPY ... FROM STDIN}, streaming {@code data} to the server in 64 KiB chunks.
     * When reading {@code data} fails, the COPY is aborted (CopyFail) and the server's error is
     * thrown. Returns the number of rows copied.
     */
    public long copyIn(String sql, InputStream data) {
        return copy(sql, java.util.Objects.requireNonNull(data, "data"), EventSink.IGNORE);
    }

    /**
     * Runs {@code COPY ... TO STDOUT}, writing each row the server sends to {@code out} as it
     * arrives. Returns the number of rows copied.
     */
    public long copyOut(String sql, OutputStream out) {
        IOException[] failed = {null};
        long rows = copy(sql, null, e -> {
            if (e instanceof QueryEvent.CopyOutData d && failed[0] == null) {
                try {
                    out.write(d.data());
                } catch (IOException x) {
                    failed[0] = x; // keep reading: the session must stay in step with the server
                }
            }
        });
        if (failed[0] != null) {
            throw new InterfaceException("COPY TO STDOUT: writing to the output stream failed: " + failed[0].getMessage(),
                    failed[0]);
        }
        return rows;
    }

    /** Runs {@code COPY ... TO STDOUT}, giving each row's bytes (one line in text or csv format) to {@code rows}. */
    public long copyOutRows(String sql, Consumer<byte[]> rows) {
        return copy(sql, null, e -> {
            if (e instanceof QueryEvent.CopyOutData d) {
                rows.accept(d.data());
            }
        });
    }

    private long copy(String sql, InputStream data, EventSink sink) {
        ReentrantLock l = lock();
        l.lock();
        try {
            ensureOpen();
            if (needsImplicitBegin()) {
                run(new Request.SimpleQuery("BEGIN"), EventSink.IGNORE);
            }
            PgSession s = session;
            try {
                return s.copy(sql, data, sink);
            } catch (SqlwireException e) {
                if (s.isBroken()) {
                    markLost();
                }
                throw e;
            }
        } finally {
            l.unlock();
        }
    }

    @Override
    public Cursor cursor() {
        ensureOpen();
        return new PgCursor(this);
    }

    @Override
    protected TransactionControl transactionControl() {
        return transactions;
    }

    @Override
    protected void closeSession() {
        session.close();
    }

    @Override
    public void ping() {
        withLock(() -> run(new Request.SyncOnly(), EventSink.IGNORE));
    }

    @Override
    public void reconnect() {
        withLock(() -> {
            if (transactions.inTransaction() || blocks().isActive()) {
                throw new InterfaceException("cannot reconnect inside a transaction: its work would be lost;"
                        + " commit or roll back first");
            }
            swap(current);
        });
    }

    @Override
    public void changeUser(String user, String password, String database) {
        ConnectOptions o = current;
        ConnectOptions next = new ConnectOptions(o.backend(), o.hosts(), user,
                password == null ? null : Secret.of(password), database != null ? database : o.database(),
                o.options(), o.secrets());
        withLock(() -> switchTo(next, "changeUser"));
    }

    @Override
    public void selectDatabase(String name) {
        ConnectOptions o = current;
        ConnectOptions next = new ConnectOptions(o.backend(), o.hosts(), o.user(), o.password(), name, o.options(),
                o.secrets());
        withLock(() -> switchTo(next, "selectDatabase"));
    }

    /** PostgreSQL has no message to switch user or database: a new session replaces this one. */
    private void switchTo(ConnectOptions next, String operation) {
        if (transactions.inTransaction() || blocks().isActive()) {
            throw new InterfaceException(operation + "() inside a transaction would lose its work;"
                    + " commit or roll back first");
        }
        swap(next);
    }

    /** Opens a session with {@code options} and swaps it in; on failure the current one stays. */
    private void swap(ConnectOptions options) {
        PgSession fresh = opener.apply(options);
        PgSession old = session;
        install(fresh);
        current = options;
        blocks().abandon();
        old.close();
    }

    @Override
    public List<Warning> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public String literal(Object value) {
        return PgLiterals.literal(value, session.parameters().standardConformingStrings());
    }

    @Override
    public String escapeString(String value) {
        return PgLiterals.escape(value, session.parameters().standardConformingStrings());
    }

    @Override
    public String backend() {
        return "postgresql";
    }

    @Override
    public String host() {
        return session.info().host();
    }

    @Override
    public int port() {
        return session.info().port();
    }

    @Override
    public String user() {
        return session.info().user();
    }

    @Override
    public String database() {
        return session.info().database();
    }

    @Override
    public String serverVersion() {
        return session.parameters().serverVersion();
    }

    // ---- for PgCursor and PgTransactions (same package) ----

    ReentrantLock sessionLock() {
        return lock();
    }

    void checkOpen() {
        ensureOpen();
    }

    boolean implicitBeginNeeded() {
        return needsImplicitBegin();
    }

    boolean inTransaction() {
        return transactions.inTransaction();
    }

    PgSession session() {
        return session;
    }

    void clearWarnings() {
        warnings.clear();
    }

    SqlLexer lexer() {
        return SqlLexer.postgresql().withStandardConformingStrings(session.parameters().standardConformingStrings());
    }

    CatalogTypes catalogTypes() {
        return catalogTypes;
    }

    CodecContext codecContext() {
        return CodecContext.of("postgresql", StandardCharsets.UTF_8, timeZone(), CodecRegistry.global());
    }

    private ZoneId timeZone() {
        String tz = session.parameters().get("TimeZone");
        try {
            return tz == null ? ZoneId.systemDefault() : ZoneId.of(tz);
        } catch (DateTimeException e) {
            return ZoneId.systemDefault();
        }
    }

    /** Runs requests on the session; a session lost on the way closes this connection. */
    void run(List<Request> requests, List<EventSink> sinks) {
        PgSession s = session;
        try {
            s.run(requests, sinks);
        } catch (SqlwireException e) {
            if (s.isBroken() && s == session) {
                markLost();
            }
            throw e;
        }
    }

    void run(Request request, EventSink sink) {
        run(List.of(request), List.of(sink));
    }

    void withLock(Runnable body) {
        ReentrantLock l = lock();
        l.lock();
        try {
            ensureOpen();
            body.run();
        } finally {
            l.unlock();
        }
    }
}
