package io.sqlwire.core.transport;

import io.sqlwire.OperationalException;

/**
 * A network failure on the way to or from one server: a refused or timed-out connect, an
 * unknown host, a failed TLS handshake, a lost connection. Besides the full message it keeps the
 * peer and a short reason ({@code refused}, {@code timed out after 2 s}), so a caller that tried
 * several hosts can list them as {@code localhost:5432 (refused)}.
 */
public class TransportException extends OperationalException {
    private static final long serialVersionUID = 1L;

    /** SQLSTATE 08001: the client was unable to establish the connection. */
    public static final String UNABLE_TO_CONNECT = "08001";
    /** SQLSTATE 08006: the connection failed after it was established. */
    public static final String CONNECTION_FAILURE = "08006";

    private final String peer;
    private final String reason;

    /**
     * @param message the full message, naming the peer
     * @param peer the peer as shown to the user, e.g. {@code localhost:5432} or a socket path
     * @param reason the short cause, e.g. {@code refused}
     * @param sqlState {@link #UNABLE_TO_CONNECT} or {@link #CONNECTION_FAILURE}
     * @param transientFailure whether a retry may succeed
     * @param cause the underlying exception, or {@code null}
     */
    public TransportException(String message, String peer, String reason, String sqlState,
            boolean transientFailure, Throwable cause) {
        super(message, sqlState, 0, transientFailure, cause);
        this.peer = peer;
        this.reason = reason;
    }

    /** The peer as shown to the user: {@code host:port} or a socket path. */
    public String peer() {
        return peer;
    }

    /** The short cause, without the peer, e.g. {@code refused} or {@code timed out after 2 s}. */
    public String reason() {
        return reason;
    }
}
