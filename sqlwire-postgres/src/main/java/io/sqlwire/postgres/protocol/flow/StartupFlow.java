package io.sqlwire.postgres.protocol.flow;

import io.sqlwire.InternalException;
import io.sqlwire.postgres.protocol.message.backend.Authentication;
import io.sqlwire.postgres.protocol.message.backend.AuthenticationOk;
import io.sqlwire.postgres.protocol.message.backend.BackendKeyData;
import io.sqlwire.postgres.protocol.message.backend.BackendMessage;
import io.sqlwire.postgres.protocol.message.backend.ErrorResponse;
import io.sqlwire.postgres.protocol.message.backend.NegotiateProtocolVersion;
import io.sqlwire.postgres.protocol.message.backend.NoticeResponse;
import io.sqlwire.postgres.protocol.message.backend.ParameterStatus;
import io.sqlwire.postgres.protocol.message.backend.ReadyForQuery;
import io.sqlwire.postgres.protocol.message.frontend.FrontendMessage;
import io.sqlwire.postgres.protocol.message.frontend.StartupMessage;
import java.util.List;
import java.util.Map;

/**
 * The I/O-free startup: StartupMessage, the authentication exchange, then ParameterStatus and
 * BackendKeyData until the first ReadyForQuery. Feed it every message the server sends with
 * {@link #handle}; it returns what to send and tells when the session is ready.
 */
public final class StartupFlow {

    /** Where the startup is. */
    public enum State { NEW, AUTHENTICATING, AWAITING_READY, READY, FAILED }

    /** What to do after one message: send these, and whether the session is ready. */
    public record Step(List<FrontendMessage> send, boolean ready) {
        static final Step NOTHING = new Step(List.of(), false);
    }

    private final StartupMessage startup;
    private final AuthExchange authenticator;
    private final ServerParameters parameters;
    private State state = State.NEW;
    private NegotiateProtocolVersion negotiated;

    public StartupFlow(int protocolVersion, Map<String, String> startupParameters, AuthExchange authenticator,
            ServerParameters parameters) {
        this.startup = new StartupMessage(protocolVersion, startupParameters);
        this.authenticator = authenticator;
        this.parameters = parameters;
    }

    public State state() {
        return state;
    }

    /** The server's protocol negotiation, or {@code null} when it accepted the version asked for. */
    public NegotiateProtocolVersion negotiated() {
        return negotiated;
    }

    /** The first message to send. */
    public StartupMessage start() {
        expect(State.NEW, "start");
        state = State.AUTHENTICATING;
        return startup;
    }

    /**
     * Handles one message from the server.
     *
     * @throws ServerErrorException for an ErrorResponse (wrong password, unknown database, ...)
     * @throws InternalException for a message that does not belong to startup
     */
    public Step handle(BackendMessage m) {
        try {
            return switch (m) {
                case ErrorResponse e -> throw new ServerErrorException(e.fields());
                case NoticeResponse n -> Step.NOTHING;
                case NegotiateProtocolVersion v -> negotiate(v);
                case AuthenticationOk ok -> authenticated();
                case Authentication a -> {
                    expect(State.AUTHENTICATING, "an authentication request");
                    yield new Step(authenticator.respond(a), false);
                }
                case ParameterStatus p -> {
                    parameters.set(p.name(), p.value());
                    yield Step.NOTHING;
                }
                case BackendKeyData k -> {
                    expect(State.AWAITING_READY, "BackendKeyData");
                    parameters.setKeyData(k);
                    yield Step.NOTHING;
                }
                case ReadyForQuery r -> {
                    expect(State.AWAITING_READY, "ReadyForQuery");
                    parameters.setTransactionStatus(r.status());
                    state = State.READY;
                    yield new Step(List.of(), true);
                }
                default -> throw unexpected(m.getClass().getSimpleName());
            };
        } catch (RuntimeException e) {
            state = State.FAILED;
            throw e;
        }
    }

    private Step negotiate(NegotiateProtocolVersion v) {
        expect(State.AUTHENTICATING, "NegotiateProtocolVersion");
        if (negotiated != null || v.newestMinorVersion() >= (startup.protocolVersion() & 0xFFFF)) {
            throw unexpected("NegotiateProtocolVersion for minor version " + v.newestMinorVersion());
        }
        negotiated = v;
        return Step.NOTHING;
    }

    private Step authenticated() {
        expect(State.AUTHENTICATING, "AuthenticationOk");
        authenticator.completed();
        state = State.AWAITING_READY;
        return Step.NOTHING;
    }

    private void expect(State wanted, String what) {
        if (state != wanted) {
            throw unexpected(what);
        }
    }

    private InternalException unexpected(String what) {
        return new InternalException("protocol violation during startup: the server sent " + what
                + " while the session was " + state.name().toLowerCase().replace('_', ' '), "08P01", 0, false, null);
    }
}
