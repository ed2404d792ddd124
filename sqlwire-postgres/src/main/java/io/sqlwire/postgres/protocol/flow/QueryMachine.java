package io.sqlwire.postgres.protocol.flow;

import io.sqlwire.InternalException;
import io.sqlwire.postgres.protocol.message.backend.BackendMessage;
import io.sqlwire.postgres.protocol.message.backend.BindComplete;
import io.sqlwire.postgres.protocol.message.backend.CloseComplete;
import io.sqlwire.postgres.protocol.message.backend.CommandComplete;
import io.sqlwire.postgres.protocol.message.backend.CopyData;
import io.sqlwire.postgres.protocol.message.backend.CopyDone;
import io.sqlwire.postgres.protocol.message.backend.CopyInResponse;
import io.sqlwire.postgres.protocol.message.backend.CopyOutResponse;
import io.sqlwire.postgres.protocol.message.backend.DataRow;
import io.sqlwire.postgres.protocol.message.backend.EmptyQueryResponse;
import io.sqlwire.postgres.protocol.message.backend.ErrorResponse;
import io.sqlwire.postgres.protocol.message.backend.NoData;
import io.sqlwire.postgres.protocol.message.backend.NoticeFields;
import io.sqlwire.postgres.protocol.message.backend.NoticeResponse;
import io.sqlwire.postgres.protocol.message.backend.NotificationResponse;
import io.sqlwire.postgres.protocol.message.backend.ParameterDescription;
import io.sqlwire.postgres.protocol.message.backend.ParameterStatus;
import io.sqlwire.postgres.protocol.message.backend.ParseComplete;
import io.sqlwire.postgres.protocol.message.backend.PortalSuspended;
import io.sqlwire.postgres.protocol.message.backend.ReadyForQuery;
import io.sqlwire.postgres.protocol.message.backend.RowDescription;
import io.sqlwire.postgres.protocol.message.frontend.CopyFail;
import io.sqlwire.postgres.protocol.message.frontend.FrontendMessage;
import io.sqlwire.postgres.protocol.message.frontend.Sync;
import java.util.ArrayDeque;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The I/O-free protocol state machine of a logged-in session. {@link #submit} turns a
 * {@link Request} into the messages to send and queues what the server will answer; several
 * requests may be queued before any answer is read (pipelining), since each ends with its own Sync
 * and requests complete in order, one ReadyForQuery each. {@link #handle} takes every message the
 * server sends and says what it meant, as a {@link QueryEvent}, plus any reply the client owes.
 *
 * <p>ErrorResponse, NoticeResponse, ParameterStatus and NotificationResponse are accepted at any
 * point, as the protocol requires. Not thread-safe: the session serialises its use.
 */
public final class QueryMachine {

    /** The state of the request at the head of the queue. */
    enum Phase { IDLE, STARTED, ROWS, COPY_OUT, COPY_IN, FAILED }

    /** The messages to send and the event after one message from the server. */
    public record Outcome(QueryEvent event, List<FrontendMessage> send) {
        static Outcome of(QueryEvent e) {
            return new Outcome(e, List.of());
        }
    }

    /** A queued request and what it used from the statement cache. */
    record Pending(Request request, StatementCache.Entry parsing, StatementCache.Entry named) {
    }

    private final ServerParameters parameters;
    private final StatementCache cache;
    private final RequestEncoder encoder;
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private final IntPredicate binaryResult;
    private Phase phase = Phase.IDLE;
    private boolean describingStatement;

    /**
     * @param prepareThreshold executions of one SQL text before it becomes a named statement; 0 never
     * @param cacheSize the most named statements kept per connection
     */
    public QueryMachine(ServerParameters parameters, int prepareThreshold, int cacheSize) {
        this(parameters, prepareThreshold, cacheSize, oid -> false);
    }

    /**
     * @param binaryResult whether results of a type OID may come in binary (a binary decoder
     *     exists); named statements then ask for binary columns
     */
    public QueryMachine(ServerParameters parameters, int prepareThreshold, int cacheSize, IntPredicate binaryResult) {
        this.binaryResult = binaryResult;
        this.parameters = parameters;
        this.cache = new StatementCache(prepareThreshold, cacheSize);
        this.encoder = new RequestEncoder(cache);
    }

    public ServerParameters parameters() {
        return parameters;
    }

    /** Requests sent whose ReadyForQuery has not arrived yet. */
    public int inFlight() {
        return pending.size();
    }

    /** The named statements currently cached. */
    public int cachedStatements() {
        return cache.size();
    }

    /**
     * Closes a portal with the next request, at no round trip of its own (closing a portal that
     * no longer exists is not an error).
     */
    public void closePortalLater(String portal) {
        cache.closePortal(portal);
    }

    /** Queues {@code request} and returns the messages that carry it, to send in order. */
    public List<FrontendMessage> submit(Request request) {
        RequestEncoder.Encoded e = encoder.encode(request);
        pending.add(new Pending(request, e.parsing(), e.named()));
        return e.messages();
    }

    /**
     * Takes one message from the server.
     *
     * @throws InternalException when the message cannot come now (a protocol violation)
     */
    public Outcome handle(BackendMessage m) {
        return switch (m) {
            case ParameterStatus p -> {
                parameters.set(p.name(), p.value());
                yield Outcome.of(QueryEvent.Progress.INSTANCE);
            }
            case NoticeResponse n -> Outcome.of(new QueryEvent.Notice(n.fields()));
            case NotificationResponse n -> Outcome.of(new QueryEvent.Notification(n));
            case ErrorResponse e -> failed(e.fields());
            case ReadyForQuery r -> ready(r);
            default -> forRequest(m);
        };
    }

    private Outcome forRequest(BackendMessage m) {
        Pending head = head(m);
        if (phase == Phase.FAILED) {
            throw violation(m, "after an error, before ReadyForQuery");
        }
        return switch (m) {
            case ParseComplete p -> {
                if (head.parsing() != null) {
                    cache.parsed(head.parsing());
                }
                yield progress(Phase.STARTED);
            }
            case BindComplete b -> progress(Phase.STARTED);
            case CloseComplete c -> progress(phase);
            case ParameterDescription d -> {
                describingStatement = head.parsing() != null;
                yield progress(Phase.STARTED);
            }
            case NoData n when describingStatement -> statementDescribed(head, new int[0]);
            case RowDescription d when describingStatement -> statementDescribed(head, formats(d));
            case NoData n -> progress(Phase.STARTED);
            case RowDescription d -> {
                phase = Phase.ROWS;
                yield Outcome.of(new QueryEvent.Columns(d));
            }
            case DataRow r -> {
                // a continued portal's rows come without a new RowDescription
                if (phase != Phase.ROWS && !(head.request() instanceof Request.FetchPortal)) {
                    throw violation(m, "without a RowDescription");
                }
                yield Outcome.of(new QueryEvent.Row(r));
            }
            case CommandComplete c -> complete(c);
            case PortalSuspended s -> {
                phase = Phase.STARTED;
                yield Outcome.of(new QueryEvent.Suspended());
            }
            case EmptyQueryResponse e -> {
                phase = Phase.STARTED;
                yield Outcome.of(new QueryEvent.EmptyQuery());
            }
            default -> copy(m, head);
        };
    }

    private Outcome copy(BackendMessage m, Pending head) {
        return switch (m) {
            case CopyOutResponse c -> progress(Phase.COPY_OUT);
            case CopyData d when phase == Phase.COPY_OUT -> Outcome.of(new QueryEvent.CopyOutData(d.data()));
            case CopyDone d when phase == Phase.COPY_OUT -> progress(Phase.STARTED);
            case CopyInResponse c when head.request() instanceof Request.Copy copy && copy.hasSource() -> {
                phase = Phase.COPY_IN;
                yield Outcome.of(new QueryEvent.CopyInReady());
            }
            case CopyInResponse c -> {
                // COPY FROM STDIN has no data source on this API: refuse it; the server answers with an error
                phase = Phase.COPY_IN;
                CopyFail fail = new CopyFail("COPY FROM STDIN is not supported by this sqlwire call");
                boolean simple = head.request() instanceof Request.SimpleQuery || head.request() instanceof Request.Copy;
                yield new Outcome(QueryEvent.Progress.INSTANCE, simple ? List.of(fail) : List.of(fail, new Sync()));
            }
            default -> throw violation(m, "here");
        };
    }

    private Outcome statementDescribed(Pending head, int[] formats) {
        describingStatement = false;
        head.parsing().resultFormats = formats;
        return progress(Phase.STARTED);
    }

    private int[] formats(RowDescription d) {
        int[] f = new int[d.fields().size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = binaryResult.test(d.fields().get(i).typeOid()) ? 1 : 0;
        }
        return f;
    }

    private Outcome progress(Phase next) {
        phase = next;
        return Outcome.of(QueryEvent.Progress.INSTANCE);
    }

    private Outcome complete(CommandComplete c) {
        String tag = c.tag();
        if (tag.equals("DISCARD ALL") || tag.equals("DEALLOCATE ALL")) {
            cache.clear();
        }
        phase = Phase.STARTED;
        return Outcome.of(new QueryEvent.Complete(c));
    }

    private Outcome failed(NoticeFields f) {
        describingStatement = false;
        Pending head = pending.peek();
        if (head == null) {
            // a FATAL error outside any request (the server shuts down, the session is terminated)
            return Outcome.of(new QueryEvent.Failed(f, false));
        }
        phase = Phase.FAILED;
        if (head.parsing() != null) {
            cache.parseFailed(head.parsing());
        }
        boolean stale = head.named() != null && isStale(f);
        if (stale) {
            cache.invalidate(head.named());
        }
        return Outcome.of(new QueryEvent.Failed(f, stale));
    }

    /** Errors after which re-preparing the statement can succeed. */
    static boolean isStale(NoticeFields f) {
        String state = f.sqlState();
        return "0A000".equals(state) && f.message().contains("cached plan must not change result type")
                || "26000".equals(state);
    }

    private Outcome ready(ReadyForQuery r) {
        if (pending.poll() == null) {
            throw violation(r, "with no request in flight");
        }
        parameters.setTransactionStatus(r.status());
        phase = Phase.IDLE;
        return Outcome.of(new QueryEvent.Ready(r.status()));
    }

    private Pending head(BackendMessage m) {
        Pending head = pending.peek();
        if (head == null) {
            throw violation(m, "with no request in flight");
        }
        return head;
    }

    private static InternalException violation(BackendMessage m, String when) {
        return new InternalException("protocol violation: the server sent " + m.getClass().getSimpleName() + " " + when,
                "08P01", 0, false, null);
    }
}
