package io.sqlwire.mysql.session;

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

    ChangeUser(PacketChannel channel, MySqlSettings settings, HandshakeV10 greeting, long capabilities, String peer) {
        this.channel = channel;
        this.settings = settings;
        this.greeting = greeting;
        this.capabilities = capabilities;
        this.peer = peer;
    }

    OkPacket run() throws IOException {
        AuthExchange auth = new AuthExchange(channel, capabilities, settings.user(), settings.password(), peer);
        String plugin = TemporaryNativePassword.NAME;
        // the server checks the response against the scramble of the greeting, or switches plugins
        byte[] response = auth.firstResponse(plugin, greeting.authPluginData());
        channel.sendCommand(new ComChangeUser(capabilities, settings.user(), response, settings.database(),
                MySqlSettings.UTF8MB4_GENERAL_CI, plugin, Handshake.attributes(settings)));
        return auth.run(plugin);
    }
}
