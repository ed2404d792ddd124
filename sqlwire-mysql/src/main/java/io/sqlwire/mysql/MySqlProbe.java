package io.sqlwire.mysql;

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
import io.sqlwire.core.transport.Transports;
import io.sqlwire.mysql.protocol.PacketReader;
import io.sqlwire.mysql.protocol.packet.server.ErrPacket;
import io.sqlwire.mysql.protocol.packet.server.HandshakeV10;
import io.sqlwire.mysql.protocol.packet.server.ServerPacket;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Reads each host's greeting until one answers with a HandshakeV10. */
final class MySqlProbe {
    /** The bound per host when connect_timeout is not set: a probe must not hang. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    static final HostSpec DEFAULT_HOST = new HostSpec("localhost", MySqlDriver.DEFAULT_PORT);
    /** A greeting is about 100 bytes; a longer first packet means we are not talking to MySQL. */
    static final int MAX_GREETING = 64 * 1024;

    private record Answer(String label, HandshakeV10 greeting) {
    }

    private MySqlProbe() {
    }

    static String probe(ConnectOptions options) {
        // for MySQL a socket host is the socket file itself
        List<Candidate> candidates = Candidates.expand(options, DEFAULT_HOST, h -> Path.of(h.host()));
        RoutingPolicy fromOptions = RoutingPolicy.fromOptions(options);
        Duration timeout = fromOptions.connectTimeout() != null ? fromOptions.connectTimeout() : DEFAULT_TIMEOUT;
        Router router = new Router(new RoutingPolicy(TargetSessionAttrs.ANY, fromOptions.loadBalance(), timeout));
        SocketSettings sockets = SocketSettings.fromOptions(options).withConnectTimeout(timeout);
        Answer a = router.connect(candidates, target -> greet(target, sockets, timeout), null);
        return "mysql " + a.label() + " accepting connections (" + a.greeting().describe() + ")";
    }

    private static Answer greet(Target target, SocketSettings sockets, Duration timeout) {
        try (Transport t = open(target, sockets)) {
            t.setReadTimeout(timeout);
            byte[] payload;
            try {
                payload = new PacketReader(t.input(), MAX_GREETING).read().payload();
            } catch (IOException e) {
                throw t.failure("waiting for the server greeting", e);
            }
            return switch (ServerPacket.decodeGreeting(payload)) {
                case HandshakeV10 h -> new Answer(target.label(), h);
                case ErrPacket err -> throw err.toException();
                default -> throw new IllegalStateException("decodeGreeting gives a greeting or an ERR");
            };
        }
    }

    private static Transport open(Target target, SocketSettings sockets) {
        return switch (target.endpoint()) {
            case Endpoint.Tcp tcp -> Transports.connectTcp(tcp.address(), target.label(), sockets);
            case Endpoint.UnixSocket unix -> Transports.connectUnix(unix.path(), sockets);
        };
    }
}
