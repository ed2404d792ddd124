package io.sqlwire.postgres.session;

import io.sqlwire.NotSupportedException;
import io.sqlwire.core.options.CoreOptions;
import io.sqlwire.core.options.Environment;
import io.sqlwire.core.transport.SocketSettings;
import io.sqlwire.core.transport.Transport;
import io.sqlwire.core.transport.Transports;
import io.sqlwire.postgres.protocol.ByteSink;
import io.sqlwire.postgres.protocol.message.backend.BackendKeyData;
import io.sqlwire.postgres.protocol.message.frontend.CancelRequest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.time.Duration;

/**
 * Sends a CancelRequest for a session over a new connection to the same address, with TLS when
 * the session uses it, and waits (bounded) for the server to close that connection. Best effort:
 * the protocol gives no answer saying whether a query was cancelled.
 */
public final class CancelRequests {
    /** The bound on the whole cancel when connect_timeout is not set: close() must never hang on it. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private CancelRequests() {
    }

    public static void cancel(PgSession session) {
        BackendKeyData key = session.parameters().keyData();
        if (key == null) {
            throw new NotSupportedException("the server sent no BackendKeyData, so its queries cannot be cancelled");
        }
        SessionInfo info = session.info();
        Duration timeout = CoreOptions.CONNECT_TIMEOUT.find(info.options()).filter(d -> !d.isZero())
                .orElse(DEFAULT_TIMEOUT);
        SocketSettings sockets = SocketSettings.fromOptions(info.options()).withConnectTimeout(timeout);
        try (Transport t = open(session.transport().remoteAddress(), info.label(), sockets)) {
            t.setReadTimeout(timeout);
            if (session.transport().isSecure()) {
                new PgConnector(info.options(), Environment.system()).secure(t, info.host());
            }
            ByteSink out = new ByteSink(16 + key.secretKey().length);
            new CancelRequest(key.processId(), key.secretKey()).encode(out);
            try {
                out.writeTo(t.output());
                t.output().flush();
                t.input().read(); // the server closes the connection once it has read the request
            } catch (IOException e) {
                throw t.failure("sending CancelRequest", e);
            }
        }
    }

    private static Transport open(SocketAddress address, String label, SocketSettings sockets) {
        return switch (address) {
            case InetSocketAddress inet -> Transports.connectTcp(inet, label, sockets);
            case UnixDomainSocketAddress unix -> Transports.connectUnix(unix.getPath(), sockets);
            default -> throw new NotSupportedException("cannot cancel over " + address);
        };
    }
}
