package io.sqlwire.mysql.session;

import io.sqlwire.NotSupportedException;
import io.sqlwire.OperationalException;
import io.sqlwire.core.transport.Transport;
import io.sqlwire.mysql.auth.AuthContext;
import io.sqlwire.mysql.auth.AuthPlugins;
import io.sqlwire.mysql.protocol.Capabilities;
import io.sqlwire.mysql.protocol.PacketChannel;
import io.sqlwire.mysql.protocol.packet.client.HandshakeResponse41;
import io.sqlwire.mysql.protocol.packet.client.SslRequest;
import io.sqlwire.mysql.protocol.packet.server.ErrPacket;
import io.sqlwire.mysql.protocol.packet.server.HandshakeV10;
import io.sqlwire.mysql.protocol.packet.server.OkPacket;
import io.sqlwire.mysql.protocol.packet.server.ServerPacket;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The connection phase: greeting, capability negotiation, optional TLS upgrade after SSLRequest,
 * HandshakeResponse41, then the auth exchange (AuthSwitchRequest / AuthMoreData) until OK or ERR.
 */
final class Handshake {
    /** The sqlwire version sent as the {@code _client_version} attribute. */
    static final String CLIENT_VERSION = "0.1.0";

    private final Transport transport;
    private final PacketChannel channel;
    private final MySqlSettings settings;
    private final String serverName;

    Handshake(Transport transport, PacketChannel channel, MySqlSettings settings, String serverName) {
        this.transport = transport;
        this.channel = channel;
        this.settings = settings;
        this.serverName = serverName;
    }

    /** The result: what the server said about itself and what was agreed. */
    record Result(HandshakeV10 greeting, long capabilities, OkPacket ok) {
    }

    Result run() throws IOException {
        HandshakeV10 greeting = switch (ServerPacket.decodeGreeting(channel.receiveGreeting())) {
            case HandshakeV10 h -> h;
            case ErrPacket err -> throw err.toException();
            default -> throw new IllegalStateException("a greeting is a HandshakeV10 or an ERR");
        };
        if (!greeting.has(Capabilities.REQUIRED)) {
            throw new NotSupportedException("the server " + greeting.describe() + " lacks the 4.1 protocol with"
                    + " plugin auth (capabilities 0x" + Long.toHexString(greeting.capabilities()) + ")");
        }
        long caps = negotiate(greeting);
        if (Capabilities.has(caps, Capabilities.CLIENT_SSL)) {
            channel.sendRaw(new SslRequest(caps, MySqlSettings.MAX_PACKET, MySqlSettings.UTF8MB4_GENERAL_CI).encode());
            transport.upgradeToTls(settings.tls(), serverName);
        }
        String plugin = settings.authPlugin() != null ? settings.authPlugin()
                : greeting.authPluginName() != null ? greeting.authPluginName() : AuthPlugins.DEFAULT;
        AuthContext ctx = settings.auth().withSeed(greeting.authPluginData())
                .withTransport(transport.isSecure(), transport.isUnixSocket());
        AuthExchange auth = new AuthExchange(channel, caps, greeting.isMariaDb(), transport.peer(), ctx, plugin);
        channel.sendRaw(new HandshakeResponse41(caps, MySqlSettings.MAX_PACKET, MySqlSettings.UTF8MB4_GENERAL_CI,
                settings.user(), auth.firstResponse(), settings.database(), auth.pluginName(),
                attributes(settings)).encode());
        return new Result(greeting, caps, auth.run());
    }

    private long negotiate(HandshakeV10 greeting) {
        long wanted = Capabilities.CLIENT_DEFAULT | settings.clientFlag();
        if (settings.localInfile().active()) {
            wanted |= Capabilities.CLIENT_LOCAL_FILES;
        }
        if (settings.database() != null && !settings.database().isEmpty()) {
            wanted |= Capabilities.CLIENT_CONNECT_WITH_DB;
        }
        if (settings.wantsTls() && !transport.isUnixSocket()) {
            if (greeting.has(Capabilities.CLIENT_SSL)) {
                wanted |= Capabilities.CLIENT_SSL;
            } else if (settings.requiresTls()) {
                throw new OperationalException("the server " + transport.peer() + " does not support TLS, and"
                        + " sslmode=" + settings.sslmode() + " requires it", "08001", 0, false, null);
            }
        }
        long caps = wanted & greeting.capabilities();
        // MariaDB's extended capabilities exist only when the server cleared CLIENT_MYSQL
        if (greeting.has(Capabilities.CLIENT_MYSQL)) {
            caps &= 0xFFFF_FFFFL;
        }
        return caps;
    }

    static Map<String, String> attributes(MySqlSettings settings) {
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("_client_name", "sqlwire");
        attrs.put("_client_version", CLIENT_VERSION);
        attrs.put("_runtime_version", Runtime.version().toString());
        if (settings.programName() != null) {
            attrs.put("program_name", settings.programName());
        }
        return attrs;
    }

}
