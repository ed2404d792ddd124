package io.sqlwire.mysql.session;

import io.sqlwire.InternalException;
import io.sqlwire.NotSupportedException;
import io.sqlwire.mysql.auth.AuthContext;
import io.sqlwire.mysql.auth.AuthPlugin;
import io.sqlwire.mysql.auth.AuthPlugins;
import io.sqlwire.mysql.auth.AuthStep;
import io.sqlwire.mysql.protocol.PacketChannel;
import io.sqlwire.mysql.protocol.packet.client.AuthSwitchResponse;
import io.sqlwire.mysql.protocol.packet.server.AuthMoreData;
import io.sqlwire.mysql.protocol.packet.server.AuthSwitchRequest;
import io.sqlwire.mysql.protocol.packet.server.ErrPacket;
import io.sqlwire.mysql.protocol.packet.server.OkPacket;
import io.sqlwire.mysql.protocol.packet.server.ServerPacket;
import java.io.IOException;

/**
 * The auth exchange after HandshakeResponse41 or COM_CHANGE_USER, driving the plugins of
 * {@link io.sqlwire.mysql.auth}: AuthSwitchRequest switches plugin and seed, AuthMoreData goes to
 * the current plugin's {@link AuthPlugin#next}, until the server sends OK or ERR.
 */
final class AuthExchange {
    private static final int MAX_ROUNDS = 16;

    private final PacketChannel channel;
    private final long capabilities;
    private final boolean mariaDb;
    private final String peer;
    private AuthContext ctx;
    private AuthPlugin plugin;

    /**
     * @param ctx the password, auth options and transport security, with the greeting's scramble as seed
     * @param pluginName the plugin to start with (the greeting's, or the {@code auth_plugin} option)
     */
    AuthExchange(PacketChannel channel, long capabilities, boolean mariaDb, String peer, AuthContext ctx,
            String pluginName) {
        this.channel = channel;
        this.capabilities = capabilities;
        this.mariaDb = mariaDb;
        this.peer = peer;
        this.ctx = ctx;
        // an unknown default plugin: answer as native and let the server switch to what it wants
        this.plugin = AuthPlugins.find(pluginName).orElse(AuthPlugins.byName(AuthPlugins.DEFAULT));
    }

    /** The name of the plugin the first response is for. */
    String pluginName() {
        return plugin.name();
    }

    /** The first plugin's response to the greeting's scramble. */
    byte[] firstResponse() {
        return plugin.firstResponse(ctx);
    }

    /** Reads answers until OK; ERR becomes the exception (SQLSTATE 28000 for a refused login). */
    OkPacket run() throws IOException {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            switch (ServerPacket.decodeAuthResponse(channel.receive(), capabilities)) {
                case OkPacket ok -> {
                    return ok;
                }
                case ErrPacket err -> throw MySqlErrors.authFailure(err, mariaDb, peer);
                case AuthSwitchRequest sw -> {
                    plugin = AuthPlugins.find(sw.pluginName()).orElseThrow(() -> new NotSupportedException(
                            "the server asks for auth plugin \"" + sw.pluginName() + "\", which sqlwire does not"
                                    + " support (supported: " + String.join(", ", AuthPlugins.names()) + ")",
                            "28000", 0, false, null));
                    ctx = ctx.withSeed(sw.pluginData());
                    channel.sendNext(new AuthSwitchResponse(plugin.firstResponse(ctx)));
                }
                case AuthMoreData more -> {
                    if (plugin.next(more.data(), ctx) instanceof AuthStep.Send send) {
                        channel.sendNext(new AuthSwitchResponse(send.data()));
                    }
                }
                default -> throw new IllegalStateException("decodeAuthResponse gives only auth packets");
            }
        }
        throw new InternalException("authentication did not finish after " + MAX_ROUNDS + " rounds with the server");
    }
}
