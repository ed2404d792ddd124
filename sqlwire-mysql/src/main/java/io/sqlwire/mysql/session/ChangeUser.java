package io.sqlwire.mysql.session;

import io.sqlwire.mysql.auth.AuthContext;
import io.sqlwire.mysql.auth.AuthPlugins;
import io.sqlwire.mysql.protocol.PacketChannel;
import io.sqlwire.mysql.protocol.packet.client.ComChangeUser;
import io.sqlwire.mysql.protocol.packet.server.HandshakeV10;
import io.sqlwire.mysql.protocol.packet.server.OkPacket;
import java.io.IOException;

/** COM_CHANGE_USER and its auth exchange, which is the handshake's. */
final class ChangeUser {
    private final PacketChannel channel;
    private final MySqlSettings settings;
    private final HandshakeV10 greeting;
    private final long capabilities;
    private final String peer;
    private final boolean tls;
    private final boolean unixSocket;

    ChangeUser(PacketChannel channel, MySqlSettings settings, HandshakeV10 greeting, long capabilities,
            io.sqlwire.core.transport.Transport transport) {
        this.tls = transport.isSecure();
        this.unixSocket = transport.isUnixSocket();
        this.channel = channel;
        this.settings = settings;
        this.greeting = greeting;
        this.capabilities = capabilities;
        this.peer = transport.peer();
    }

    OkPacket run() throws IOException {
        // the server checks the response against the scramble of the greeting, or switches plugins
        AuthContext ctx = settings.auth().withSeed(greeting.authPluginData()).withTransport(tls, unixSocket);
        String plugin = greeting.authPluginName() != null ? greeting.authPluginName() : AuthPlugins.DEFAULT;
        AuthExchange auth = new AuthExchange(channel, capabilities, greeting.isMariaDb(), peer, ctx, plugin);
        channel.sendCommand(new ComChangeUser(capabilities, settings.user(), auth.firstResponse(),
                settings.database(), MySqlSettings.UTF8MB4_GENERAL_CI, auth.pluginName(),
                Handshake.attributes(settings)));
        return auth.run();
    }
}
