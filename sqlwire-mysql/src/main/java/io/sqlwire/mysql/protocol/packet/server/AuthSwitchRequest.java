package io.sqlwire.mysql.protocol.packet.server;

import io.sqlwire.mysql.protocol.PayloadReader;
import io.sqlwire.mysql.protocol.PayloadWriter;
import java.util.Arrays;

/**
 * Protocol::AuthSwitchRequest, the server asking for another auth plugin:
 * <pre>
 * int&lt;1&gt;      0xFE
 * string&lt;NUL&gt; plugin name
 * string&lt;EOF&gt; plugin data (for the scramble-based plugins: 20 bytes and a NUL)
 * </pre>
 *
 * @param pluginName the plugin to continue with
 * @param pluginData its data, as sent (a trailing NUL included)
 */
public record AuthSwitchRequest(String pluginName, byte[] pluginData) implements ServerPacket {
    public static final int HEADER = 0xFE;

    public AuthSwitchRequest {
        pluginData = pluginData.clone();
    }

    public static AuthSwitchRequest decode(byte[] payload) {
        PayloadReader r = new PayloadReader(payload, "AuthSwitchRequest");
        if (r.readUInt8("header") != HEADER) {
            throw r.malformed("header is not 0xFE");
        }
        String name = r.readNulTerminated("plugin name");
        return new AuthSwitchRequest(name, r.readRest());
    }

    public byte[] encode() {
        return new PayloadWriter().int1(HEADER).nulTerminated(pluginName).bytes(pluginData).toByteArray();
    }

    @Override
    public byte[] pluginData() {
        return pluginData.clone();
    }

    /** The plugin data without its trailing NUL: the scramble. */
    public byte[] scramble() {
        int n = pluginData.length;
        return n > 0 && pluginData[n - 1] == 0 ? Arrays.copyOf(pluginData, n - 1) : pluginData.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuthSwitchRequest a && pluginName.equals(a.pluginName)
                && Arrays.equals(pluginData, a.pluginData);
    }

    @Override
    public int hashCode() {
        return pluginName.hashCode() * 31 + Arrays.hashCode(pluginData);
    }

    @Override
    public String toString() {
        return "AuthSwitchRequest[pluginName=" + pluginName + ", pluginData=" + pluginData.length + " bytes]";
    }
}
