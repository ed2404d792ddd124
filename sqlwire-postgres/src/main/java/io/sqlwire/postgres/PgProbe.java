package io.sqlwire.postgres;

import io.sqlwire.ConnectOptions;
import io.sqlwire.HostSpec;
import io.sqlwire.core.routing.Candidate;
import io.sqlwire.core.routing.Candidates;
import io.sqlwire.core.routing.Endpoint;
import io.sqlwire.core.routing.Router;
import io.sqlwire.core.routing.RoutingPolicy;
import io.sqlwire.core.routing.Target;
import io.sqlwire.core.routing.TargetSessionAttrs;
import io.sqlwire.core.transport.SocketSettings;
import io.sqlwire.core.transport.Transport;
import io.sqlwire.core.transport.TransportException;
import io.sqlwire.core.transport.Transports;
import io.sqlwire.postgres.protocol.ByteSink;
import io.sqlwire.postgres.protocol.message.frontend.SSLRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The {@code pg_isready}-style probe: SSLRequest to each host, one byte back. */
final class PgProbe {
    /** The bound per host when connect_timeout is not set: a probe must not hang. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    static final HostSpec DEFAULT_HOST = new HostSpec("localhost", PgDriver.DEFAULT_PORT);

    private record Answer(String label, boolean sslAvailable) {
    }

    private PgProbe() {
    }

    static String probe(ConnectOptions options) {
        List<Candidate> candidates = Candidates.expand(options, DEFAULT_HOST, PgProbe::socketFile);
        RoutingPolicy fromOptions = RoutingPolicy.fromOptions(options);
        Duration timeout = fromOptions.connectTimeout() != null ? fromOptions.connectTimeout() : DEFAULT_TIMEOUT;
        // a probe only asks "is a server there?": any server counts, whatever target_session_attrs says
        Router router = new Router(new RoutingPolicy(TargetSessionAttrs.ANY, fromOptions.loadBalance(), timeout));
        SocketSettings sockets = SocketSettings.fromOptions(options).withConnectTimeout(timeout);
        Answer a = router.connect(candidates, target -> ask(target, sockets, timeout), null);
        return "postgresql " + a.label() + " accepting connections ("
                + (a.sslAvailable() ? "SSL available" : "SSL not available") + ")";
    }

    /** PostgreSQL's socket file for a socket directory and port: {@code <dir>/.s.PGSQL.<port>}. */
    static Path socketFile(HostSpec host) {
        return Path.of(host.host(), ".s.PGSQL." + host.port());
    }

    static Transport open(Target target, SocketSettings sockets) {
        return switch (target.endpoint()) {
            case Endpoint.Tcp tcp -> Transports.connectTcp(tcp.address(), target.label(), sockets);
            case Endpoint.UnixSocket unix -> Transports.connectUnix(unix.path(), sockets);
        };
    }

    private static Answer ask(Target target, SocketSettings sockets, Duration timeout) {
        try (Transport t = open(target, sockets)) {
            t.setReadTimeout(timeout);
            int answer;
            try {
                ByteSink out = new ByteSink(8);
                new SSLRequest().encode(out);
                out.writeTo(t.output());
                t.output().flush();
                answer = t.input().read(); // exactly one byte; then the connection is closed unused
            } catch (IOException e) {
                throw t.failure("waiting for the answer to SSLRequest", e);
            }
            return new Answer(target.label(), interpret(target.label(), answer));
        }
    }

    /** Whether the answer says TLS is available; anything but S or N is not a PostgreSQL server we can use. */
    static boolean interpret(String peer, int answer) {
        if (answer == SSLRequest.ACCEPTED || answer == SSLRequest.REFUSED) {
            return answer == SSLRequest.ACCEPTED;
        }
        String reason;
        if (answer < 0) {
            reason = "closed the connection without answering SSLRequest";
        } else if (answer == 'E') {
            // an ErrorResponse before authentication is unauthenticated text: not shown (CVE-2024-10977)
            reason = "answered SSLRequest with an error (not shown: it comes before authentication)";
        } else {
            reason = String.format("is not a PostgreSQL server (answered SSLRequest with byte 0x%02X)", answer);
        }
        throw new TransportException(peer + " " + reason, peer, reason, TransportException.UNABLE_TO_CONNECT,
                answer < 0, null);
    }
}
