package io.sqlwire.mysql.protocol.packet.client;

import io.sqlwire.mysql.protocol.Capabilities;
import io.sqlwire.mysql.protocol.PayloadWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Protocol::HandshakeResponse41:
 * <pre>
 * int&lt;4&gt;        client capabilities (low 32 bits)
 * int&lt;4&gt;        max packet size
 * int&lt;1&gt;        collation id
 * string[19]    filler
 * int&lt;4&gt;        MariaDB extended capabilities (bits 32-63), else filler
 * string&lt;NUL&gt;   user name
 * auth response: string&lt;lenenc&gt; with PLUGIN_AUTH_LENENC_CLIENT_DATA, else int&lt;1&gt; length + bytes
 * string&lt;NUL&gt;   database, with CONNECT_WITH_DB
 * string&lt;NUL&gt;   auth plugin name, with PLUGIN_AUTH
 * int&lt;lenenc&gt;   length of the attributes, then lenenc key/value pairs, with CONNECT_ATTRS
 * </pre>
 *
 * @param capabilities the negotiated capabilities; they decide which fields are present
 * @param authResponse the plugin's answer to the scramble (never the password itself, except for
 *     mysql_clear_password); hidden from {@link #toString()}
 * @param database the database, or {@code null} (then CONNECT_WITH_DB must be clear)
 * @param attributes connection attributes, in order
 */
public record HandshakeResponse41(long capabilities, int maxPacketSize, int collation, String user,
        byte[] authResponse, String database, String authPluginName, Map<String, String> attributes)
        implements ClientPacket {

    public HandshakeResponse41 {
        authResponse = authResponse.clone();
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    @Override
    public byte[] encode() {
        PayloadWriter w = new PayloadWriter(128).int4(capabilities).int4(maxPacketSize).int1(collation).zeros(19)
                .int4(capabilities >>> 32).nulTerminated(user);
        if (Capabilities.has(capabilities, Capabilities.CLIENT_PLUGIN_AUTH_LENENC_CLIENT_DATA)) {
            w.lengthEncodedBytes(authResponse);
        } else {
            w.int1(authResponse.length).bytes(authResponse);
        }
        if (Capabilities.has(capabilities, Capabilities.CLIENT_CONNECT_WITH_DB)) {
            w.nulTerminated(database == null ? "" : database);
        }
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
        return "HandshakeResponse41[capabilities=0x" + Long.toHexString(capabilities) + ", user=" + user
                + ", database=" + database + ", authPluginName=" + authPluginName + ", authResponse="
                + authResponse.length + " bytes, attributes=" + attributes + "]";
    }
}
