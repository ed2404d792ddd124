package io.sqlwire.core.transport;

import java.io.EOFException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;

/** Words TLS handshake failures for the user: which peer, and whether trust, the host name or time was at fault. */
final class TlsFailures {

    private TlsFailures() {
    }

    static TransportException handshake(String peer, Duration timeout, IOException e) {
        if (e instanceof SocketTimeoutException) {
            String reason = "TLS handshake timed out after " + Durations.format(timeout);
            return new TransportException("TLS handshake with " + peer + " timed out after " + Durations.format(timeout),
                    peer, reason, TransportException.UNABLE_TO_CONNECT, true, e);
        }
        VerifyingTrustManager.VerificationException v = verification(e);
        String detail;
        boolean retry = false;
        if (v != null) {
            detail = v.getMessage();
        } else if (e instanceof EOFException || isClosedByPeer(e)) {
            detail = "the server closed the connection (" + IoFailures.describe(e) + ")";
            retry = true;
        } else if (String.valueOf(e.getMessage()).contains("Unsupported or unrecognized SSL message")) {
            detail = "the server did not answer with TLS (" + e.getMessage() + ")";
        } else {
            detail = IoFailures.describe(e);
        }
        return new TransportException("TLS handshake with " + peer + " failed: " + detail, peer,
                "TLS handshake failed: " + detail, TransportException.UNABLE_TO_CONNECT, retry, e);
    }

    private static VerifyingTrustManager.VerificationException verification(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof VerifyingTrustManager.VerificationException v) {
                return v;
            }
            for (Throwable s : t.getSuppressed()) {
                if (s instanceof VerifyingTrustManager.VerificationException v) {
                    return v;
                }
            }
        }
        return null;
    }

    private static boolean isClosedByPeer(IOException e) {
        String msg = String.valueOf(e.getMessage());
        return msg.contains("Remote host terminated") || msg.contains("Connection reset");
    }
}
