package io.sqlwire.postgres.protocol.flow;

import io.sqlwire.postgres.protocol.message.backend.Authentication;
import io.sqlwire.postgres.protocol.message.frontend.FrontendMessage;
import java.util.List;

/**
 * Answers the server's authentication requests during startup. I/O-free: it is handed each
 * request and returns the messages to send (empty for none). Implementations throw a
 * {@link io.sqlwire.DatabaseException} with an SQLSTATE of class 28 to refuse a method.
 */
public interface AuthExchange {

    /** The reply to {@code request}, which is never AuthenticationOk. */
    List<FrontendMessage> respond(Authentication request);

    /** Called on AuthenticationOk: checks that the exchange really finished (e.g. SCRAM's server signature). */
    default void completed() {
    }
}
