package io.sqlwire.mysql;

import io.sqlwire.ConnectOptions;
import io.sqlwire.HostSpec;
import io.sqlwire.core.routing.Candidate;
import io.sqlwire.core.routing.Candidates;
import io.sqlwire.core.routing.Router;
import io.sqlwire.core.routing.RoutingPolicy;
import io.sqlwire.core.routing.ServerRole;
import io.sqlwire.core.transport.SocketSettings;
import io.sqlwire.core.options.MysqlOptions;
import io.sqlwire.mysql.session.MySqlSession;
import io.sqlwire.mysql.session.MySqlSessions;
import io.sqlwire.mysql.session.MySqlSettings;
import io.sqlwire.mysql.session.ResultStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens sessions for one set of options: walks the host list with core's {@link Router} (TCP
 * hosts, Unix socket files, the {@code unix_socket} option), logs in, and checks the server's role
 * for {@code target_session_attrs} with {@code @@read_only} and {@code @@innodb_read_only}.
 * A refused login ends the search and is reported as it is.
 */
final class MySqlConnector {

    /** The open session and where it went. */
    record Opened(MySqlSession session, String host, int port) implements AutoCloseable {
        @Override
        public void close() {
            session.close();
        }
    }

    private final ConnectOptions options;
    private final MySqlSettings settings;
    private final List<Candidate> candidates;
    private final RoutingPolicy policy;
    private final SocketSettings sockets;

    MySqlConnector(ConnectOptions options) {
        this.options = options;
        this.settings = MySqlSettings.from(options);
        this.candidates = candidates(options);
        this.policy = RoutingPolicy.fromOptions(options);
        this.sockets = SocketSettings.fromOptions(options);
    }

    private static List<Candidate> candidates(ConnectOptions options) {
        Path socket = MysqlOptions.UNIX_SOCKET.get(options);
        List<Candidate> out = new ArrayList<>();
        if (socket != null) {
            out.add(new Candidate(new HostSpec(socket.toString(), MySqlDriver.DEFAULT_PORT), null, socket));
            if (options.hosts().isEmpty()) {
                return out;
            }
        }
        // for MySQL a socket host is the socket file itself
        out.addAll(Candidates.expand(options, MySqlProbe.DEFAULT_HOST, h -> Path.of(h.host())));
        return out;
    }

    MySqlSettings settings() {
        return settings;
    }

    ConnectOptions options() {
        return options;
    }

    /** Connects to the first acceptable host with these settings (the identity may differ from the options'). */
    Opened open(MySqlSettings with) {
        Router router = new Router(policy);
        return router.connect(candidates, target -> {
            MySqlSession s = MySqlSessions.open(target, with, sockets);
            HostSpec h = target.candidate().host();
            return new Opened(s, h.host(), h.port());
        }, opened -> role(opened.session()));
    }

    void setup(MySqlSession session, MySqlSettings with) {
        MySqlSessions.setup(session, with);
    }

    /** A server with read_only or innodb_read_only on is a read-only replica (or a reader instance). */
    static ServerRole role(MySqlSession session) {
        ResultStream s = session.query("SELECT @@global.read_only, @@global.innodb_read_only");
        byte[][] row = s.nextRow();
        s.drain();
        boolean readOnly = isOn(row[0]) || isOn(row[1]);
        return readOnly ? ServerRole.STANDBY : ServerRole.PRIMARY;
    }

    private static boolean isOn(byte[] v) {
        if (v == null) {
            return false;
        }
        String s = new String(v, StandardCharsets.US_ASCII);
        return s.equals("1") || s.equalsIgnoreCase("ON");
    }
}
