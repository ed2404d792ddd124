package io.sqlwire.core.transport;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;

/** Turns {@link IOException}s into {@link TransportException}s that name the peer and the cause. */
final class IoFailures {

    private IoFailures() {
    }

    /** A failed connect: refused, timed out, unreachable. */
    static TransportException connect(String peer, Duration timeout, IOException e) {
        String reason;
        boolean retry = true;
        if (e instanceof SocketTimeoutException) {
            reason = "timed out after " + Durations.format(timeout);
        } else if (e instanceof ConnectException ce && isRefused(ce)) {
            reason = "refused";
        } else if (e instanceof NoRouteToHostException) {
            reason = "failed: no route to host";
        } else if (e instanceof UnknownHostException) {
            return unknownHost(peer, e);
        } else {
            reason = "failed: " + describe(e);
        }
        return new TransportException("connect to " + peer + " " + reason, peer, reason,
                TransportException.UNABLE_TO_CONNECT, retry, e);
    }

    /** A host name that does not resolve; a temporary resolver failure may be retried. */
    static TransportException unknownHost(String peer, IOException e) {
        String msg = String.valueOf(e.getMessage());
        boolean temporary = msg.contains("Temporary failure") || msg.contains("try again");
        String reason = temporary ? "host name lookup failed temporarily" : "unknown host";
        return new TransportException("connect to " + peer + " failed: " + reason, peer, reason,
                TransportException.UNABLE_TO_CONNECT, temporary, e);
    }

    /** A failure on an open connection. */
    static TransportException of(String peer, String action, Duration readTimeout, IOException e) {
        String reason;
        if (e instanceof SocketTimeoutException) {
            reason = "timed out after " + Durations.format(readTimeout) + " " + action;
        } else if (e instanceof EOFException) {
            reason = "closed by the server while " + action;
        } else {
            reason = "lost while " + action + ": " + describe(e);
        }
        return new TransportException("connection to " + peer + " " + reason, peer, reason,
                TransportException.CONNECTION_FAILURE, true, e);
    }

    static String describe(Throwable e) {
        String msg = e.getMessage();
        return msg == null || msg.isBlank() ? e.getClass().getSimpleName() : msg;
    }

    private static boolean isRefused(ConnectException e) {
        String msg = e.getMessage();
        return msg == null || msg.toLowerCase(java.util.Locale.ROOT).contains("refused");
    }
}
