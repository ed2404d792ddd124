package io.sqlwire.mysql.session;

import io.sqlwire.SqlwireException;
import io.sqlwire.core.routing.Endpoint;
import io.sqlwire.core.routing.Target;
import io.sqlwire.core.transport.SocketSettings;
import io.sqlwire.core.transport.Transport;
import io.sqlwire.core.transport.Transports;
import io.sqlwire.mysql.protocol.PacketChannel;
import java.io.IOException;

/** Opens sessions: transport, handshake, login, session setup. */
public final class MySqlSessions {

    private MySqlSessions() {
    }

    /** Applies the session settings (collation, autocommit, sql_mode, init_command) after login or a reset. */
    public static void setup(MySqlSession session, MySqlSettings settings) {
        SessionSetup.run(session, settings);
    }

    /** The {@code SET NAMES} statement for a supported charset and one of its collations (or {@code null}). */
    public static String setNames(String charset, String collation) {
        return "SET " + SessionSetup.names(charset, collation);
    }

    /**
     * Connects and logs in to one target. The whole login is bounded by the connect timeout; the
     * read timeout applies afterwards.
     *
     * @throws SqlwireException a {@link io.sqlwire.core.transport.TransportException} when the host is
     *     unreachable, an exception with SQLSTATE 28000 for a refused login
     */
    public static MySqlSession open(Target target, MySqlSettings settings, SocketSettings sockets) {
        Transport t = switch (target.endpoint()) {
            case Endpoint.Tcp tcp -> Transports.connectTcp(tcp.address(), target.label(), sockets);
            case Endpoint.UnixSocket unix -> Transports.connectUnix(unix.path(), sockets);
        };
        try {
            t.setReadTimeout(settings.connectTimeout());
            PacketChannel channel = new PacketChannel(t.input(), t.output(), MySqlSettings.MAX_PACKET);
            Handshake.Result hs;
            try {
                hs = new Handshake(t, channel, settings, target.serverName()).run();
            } catch (IOException e) {
                throw t.failure("logging in", e);
            }
            MySqlSession session = new MySqlSession(t, channel, hs, settings);
            setup(session, settings);
            t.setReadTimeout(settings.readTimeout());
            return session;
        } catch (RuntimeException e) {
            t.close();
            throw e;
        }
    }
}
