package io.sqlwire.mysql.session;

import io.sqlwire.InternalException;
import io.sqlwire.NotSupportedException;
import io.sqlwire.Secret;
import io.sqlwire.mysql.protocol.PacketChannel;
import io.sqlwire.mysql.protocol.packet.client.AuthSwitchResponse;
import io.sqlwire.mysql.protocol.packet.server.AuthMoreData;
import io.sqlwire.mysql.protocol.packet.server.AuthSwitchRequest;
import io.sqlwire.mysql.protocol.packet.server.ErrPacket;
import io.sqlwire.mysql.protocol.packet.server.OkPacket;
import io.sqlwire.mysql.protocol.packet.server.ServerPacket;
import java.io.IOException;

/**
 * The auth exchange after HandshakeResponse41 or COM_CHANGE_USER: answers AuthSwitchRequest and
 * AuthMoreData until the server sends OK or ERR.
 */
final class AuthExchange {
    private static final int MAX_ROUNDS = 16;

    private final PacketChannel channel;
    private final long capabilities;
    private final String user;
    private final Secret password;
    private final String peer;

    AuthExchange(PacketChannel channel, long capabilities, String user, Secret password, String peer) {
        this.channel = channel;
        this.capabilities = capabilities;
        this.user = user;
        this.password = password;
        this.peer = peer;
    }

    /** The plugin's first response to {@code scramble}, or {@code null} for a plugin sqlwire cannot answer. */
    byte[] firstResponse(String plugin, byte[] scramble) {
        String pw = password == null ? null : password.reveal();
        return switch (plugin) {
            case TemporaryNativePassword.NAME -> TemporaryNativePassword.scramble(pw, scramble);
            default -> null;
        };
    }

    /** Reads answers until OK; ERR becomes the exception (SQLSTATE 28000 for a refused login). */
    OkPacket run(String firstPlugin) throws IOException {
        String plugin = firstPlugin;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            switch (ServerPacket.decodeAuthResponse(channel.receive(), capabilities)) {
                case OkPacket ok -> {
                    return ok;
                }
                case ErrPacket err -> throw MySqlErrors.authFailure(err, user, peer);
                case AuthSwitchRequest sw -> {
                    plugin = sw.pluginName();
                    byte[] response = firstResponse(plugin, sw.scramble());
                    if (response == null) {
                        throw new NotSupportedException("the server asks for auth plugin \"" + plugin + "\", which"
                                + " this sqlwire build does not support yet", "28000", 0, false, null);
                    }
                    channel.sendNext(new AuthSwitchResponse(response));
                }
                case AuthMoreData more -> throw new InternalException("auth plugin " + plugin
                        + " got unexpected AuthMoreData (" + more.data().length + " bytes)");
                default -> throw new IllegalStateException("decodeAuthResponse gives only auth packets");
            }
        }
        throw new InternalException("authentication did not finish after " + MAX_ROUNDS + " rounds with the server");
    }
}
