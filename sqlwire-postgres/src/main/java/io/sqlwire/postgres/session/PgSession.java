package io.sqlwire.postgres.session;

import io.sqlwire.InternalException;
import io.sqlwire.SqlwireException;
import io.sqlwire.Warning;
import io.sqlwire.core.transport.Transport;
import io.sqlwire.core.transport.TransportException;
import io.sqlwire.postgres.protocol.BackendReader;
import io.sqlwire.postgres.protocol.ByteSink;
import io.sqlwire.postgres.protocol.flow.QueryEvent;
import io.sqlwire.postgres.protocol.flow.QueryMachine;
import io.sqlwire.postgres.protocol.flow.Request;
import io.sqlwire.postgres.protocol.flow.ServerParameters;
import io.sqlwire.postgres.protocol.message.backend.BackendMessage;
import io.sqlwire.postgres.protocol.message.backend.NoticeFields;
import io.sqlwire.postgres.protocol.message.frontend.FrontendMessage;
import io.sqlwire.postgres.protocol.message.frontend.CopyData;
import io.sqlwire.postgres.protocol.message.frontend.CopyDone;
import io.sqlwire.postgres.protocol.message.frontend.CopyFail;
import io.sqlwire.postgres.protocol.message.frontend.Terminate;
import java.io.IOException;
import java.io.InputStream;
import io.sqlwire.postgres.protocol.message.backend.NotificationResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * A logged-in PostgreSQL session: drives the {@link QueryMachine} over a blocking {@link Transport}.
 * Every use holds a {@link ReentrantLock}, never {@code synchronized}, so a virtual thread blocked
 * on the socket does not pin its carrier.
 *
 * <p>An I/O failure or a malformed message leaves the byte stream in an unknown place, so the
 * session is then marked broken and closed: it is never reused silently.
 */
public final class PgSession implements AutoCloseable {
    private final ReentrantLock lock = new ReentrantLock();
    private final Transport transport;
    private final BackendReader reader;
    private final ByteSink out = new ByteSink(512);
    private final QueryMachine machine;
    private final SessionInfo info;
    private volatile Consumer<Warning> noticeListener;
    private final LinkedBlockingQueue<NotificationResponse> notifications = new LinkedBlockingQueue<>();
    private volatile Consumer<NotificationResponse> notificationListener;
    private volatile boolean broken;
    private InputStream copySource;

    public PgSession(Transport transport, BackendReader reader, QueryMachine machine, SessionInfo info) {
        this.transport = transport;
        this.reader = reader;
        this.machine = machine;
        this.info = info;
    }

    public SessionInfo info() {
        return info;
    }

    public ServerParameters parameters() {
        return machine.parameters();
    }

    public Transport transport() {
        return transport;
    }

    public QueryMachine machine() {
        return machine;
    }

    public void setNoticeListener(Consumer<Warning> listener) {
        this.noticeListener = listener;
    }

    /**
     * The next NotificationResponse (LISTEN/NOTIFY): one already received, else one read from the
     * idle connection within {@code timeout}; {@code null} when none came.
     */
    public NotificationResponse pollNotification(Duration timeout) {
        NotificationResponse n = notifications.poll();
        if (n != null || timeout.isZero()) {
            return n;
        }
        lock.lock();
        try {
            ensureUsable();
            Duration saved = transport.readTimeout();
            long deadline = System.nanoTime() + timeout.toNanos();
            try {
                while (notifications.isEmpty()) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        break;
                    }
                    transport.setReadTimeout(Duration.ofNanos(Math.max(left, 1_000_000)));
                    readIdle();
                }
            } catch (java.net.SocketTimeoutException e) {
                // nothing arrived in time; the stream is still in step (no partial message is read
                // here: a timeout mid-message surfaces as a failure below)
            } catch (IOException e) {
                throw fail(transport.failure("waiting for notifications", e));
            } catch (InternalException e) {
                throw fail(e);
            } finally {
                if (transport.isOpen()) {
                    transport.setReadTimeout(saved);
                }
            }
            return notifications.poll();
        } finally {
            lock.unlock();
        }
    }

    /** Reads one message while no request is in flight: notifications, notices, parameter changes, FATAL errors. */
    private void readIdle() throws IOException {
        QueryMachine.Outcome o = machine.handle(reader.read());
        switch (o.event()) {
            case QueryEvent.Notification n -> notification(n.notification());
            case QueryEvent.Notice n -> notice(n.fields());
            case QueryEvent.Failed f -> throw fail(PgErrors.toException(f.fields()));
            default -> { }
        }
    }

    /**
     * Runs a COPY statement: data for COPY FROM STDIN is read from {@code source}, data from COPY
     * TO STDOUT is given to {@code sink}. Returns the row count of its CommandComplete.
     */
    public long copy(String sql, InputStream source, EventSink sink) {
        lock.lock();
        try {
            copySource = source;
            long[] rows = {-1};
            run(new Request.Copy(sql, source != null), e -> {
                if (e instanceof QueryEvent.Complete c) {
                    rows[0] = c.complete().rows();
                }
                sink.accept(e);
            });
            return rows[0];
        } finally {
            copySource = null;
            lock.unlock();
        }
    }

    /** Streams the copy source as CopyData chunks, then CopyDone; a source that fails sends CopyFail. */
    private void sendCopyData() throws IOException {
        byte[] chunk = new byte[64 * 1024];
        try {
            for (int n = copySource.read(chunk); n >= 0; n = copySource.read(chunk)) {
                if (n > 0) {
                    new CopyData(java.util.Arrays.copyOf(chunk, n)).encode(out);
                    if (out.size() >= chunk.length) {
                        flush();
                    }
                }
            }
            new CopyDone().encode(out);
        } catch (IOException e) {
            // the source failed, not the connection: abort the COPY, the server answers with an error
            out.clear();
            new CopyFail("the client's data source failed: " + e.getMessage()).encode(out);
        }
        flush();
    }

    /** Whether the session failed and was closed. */
    public boolean isBroken() {
        return broken || !transport.isOpen();
    }

    /** Runs one request to its ReadyForQuery, feeding its events to {@code sink}; raises its error after. */
    public void run(Request request, EventSink sink) {
        run(List.of(request), List.of(sink));
    }

    /**
     * Sends every request at once (one write, one flush), then reads their answers in order:
     * one round trip for the whole list. The first error is raised once every answer was read,
     * so the session stays in step with the server.
     */
    public void run(List<Request> requests, List<EventSink> sinks) {
        lock.lock();
        try {
            ensureUsable();
            try {
                for (Request r : requests) {
                    encode(machine.submit(r));
                }
                flush();
                SqlwireException first = null;
                for (EventSink sink : sinks) {
                    SqlwireException e = readUntilReady(sink);
                    first = first == null ? e : first;
                }
                if (first != null) {
                    throw first;
                }
            } catch (IOException e) {
                throw fail(transport.failure("talking to the server", e));
            } catch (InternalException e) {
                throw fail(e);
            }
        } finally {
            lock.unlock();
        }
    }

    private SqlwireException readUntilReady(EventSink sink) throws IOException {
        SqlwireException error = null;
        while (true) {
            BackendMessage m = reader.read();
            QueryMachine.Outcome o = machine.handle(m);
            if (!o.send().isEmpty()) {
                encode(o.send());
                flush();
            }
            switch (o.event()) {
                case QueryEvent.Ready r -> {
                    sink.accept(r);
                    return error;
                }
                case QueryEvent.Failed f -> {
                    sink.accept(f);
                    SqlwireException e = PgErrors.toException(f.fields());
                    if (machine.inFlight() == 0 || isFatal(f.fields())) {
                        throw fail(e);
                    }
                    error = error == null ? e : error;
                }
                case QueryEvent.Notice n -> {
                    notice(n.fields());
                    sink.accept(n);
                }
                case QueryEvent.Notification n -> notification(n.notification());
                case QueryEvent.CopyInReady c -> sendCopyData();
                case QueryEvent.Progress p -> { }
                default -> sink.accept(o.event());
            }
        }
    }

    private static boolean isFatal(NoticeFields f) {
        String s = f.severity();
        return "FATAL".equals(s) || "PANIC".equals(s);
    }

    /** A listener gets notifications as they arrive; without one they queue for {@link #pollNotification}. */
    public void setNotificationListener(Consumer<NotificationResponse> listener) {
        this.notificationListener = listener;
    }

    private void notification(NotificationResponse n) {
        Consumer<NotificationResponse> l = notificationListener;
        if (l == null) {
            notifications.add(n);
            return;
        }
        try {
            l.accept(n);
        } catch (RuntimeException e) {
            // a listener's failure must not desynchronise the protocol
        }
    }

    private void notice(NoticeFields f) {
        Consumer<Warning> l = noticeListener;
        if (l != null) {
            try {
                l.accept(PgErrors.toWarning(f));
            } catch (RuntimeException e) {
                // a listener's failure must not desynchronise the protocol
            }
        }
    }

    private void encode(List<FrontendMessage> messages) {
        for (FrontendMessage m : messages) {
            m.encode(out);
        }
    }

    private void flush() throws IOException {
        out.writeTo(transport.output());
        transport.output().flush();
    }

    private void ensureUsable() {
        if (isBroken()) {
            throw new TransportException("the connection to " + transport.peer() + " is broken and was closed",
                    transport.peer(), "broken", TransportException.CONNECTION_FAILURE, true, null);
        }
    }

    private SqlwireException fail(SqlwireException e) {
        broken = true;
        out.clear();
        transport.close();
        return e;
    }

    /** Sends Terminate (best effort) and closes the socket. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (transport.isOpen() && !broken) {
                try {
                    out.clear();
                    new Terminate().encode(out);
                    flush();
                } catch (IOException | RuntimeException e) {
                    // closing anyway
                }
            }
            broken = true;
            transport.close();
        } finally {
            lock.unlock();
        }
    }
}
