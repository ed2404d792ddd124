package io.sqlwire.mysql.protocol.packet.client;

import io.sqlwire.mysql.protocol.Capabilities;
import io.sqlwire.mysql.protocol.PayloadWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * COM_CHANGE_USER; the server answers as during the handshake (OK, ERR, AuthSwitchRequest):
 * <pre>
 * int&lt;1&gt;        0x11
 * string&lt;NUL&gt;   user
 * int&lt;1&gt;        auth response length, then the bytes (CLIENT_SECURE_CONNECTION)
 * string&lt;NUL&gt;   database
 * int&lt;2&gt;        collation id                     } when more data follows
 * string&lt;NUL&gt;   auth plugin name, with PLUGIN_AUTH
 * int&lt;lenenc&gt;   attributes length + pairs, with CONNECT_ATTRS
 * </pre>
 */
public record ComChangeUser(long capabilities, String user, byte[] authResponse, String database, int collation,
        String authPluginName, Map<String, String> attributes) implements ClientPacket {
    public static final int COMMAND = 0x11;

    public ComChangeUser {
        authResponse = authResponse.clone();
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    @Override
    public byte[] encode() {
        PayloadWriter w = new PayloadWriter(128).int1(COMMAND).nulTerminated(user)
                .int1(authResponse.length).bytes(authResponse)
                .nulTerminated(database == null ? "" : database).int2(collation);
        if (Capabilities.has(capabilities, Capabilities.CLIENT_PLUGIN_AUTH)) {
            w.nulTerminated(authPluginName);
        }
        if (Capabilities.has(capabilities, Capabilities.CLIENT_CONNECT_ATTRS)) {
            w.connectionAttributes(attributes);
        }
        return w.toByteArray();
    }

    @Override
    public byte[] authResponse() {
        return authResponse.clone();
    }

    @Override
    public String toString() {
        return "ComChangeUser[user=" + user + ", database=" + database + ", authPluginName=" + authPluginName
                + ", authResponse=" + authResponse.length + " bytes]";
    }
}
