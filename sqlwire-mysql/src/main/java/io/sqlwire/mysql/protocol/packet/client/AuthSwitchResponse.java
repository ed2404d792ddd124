package io.sqlwire.mysql.protocol.packet.client;

/**
 * Protocol::AuthSwitchResponse, and any further auth data the plugin sends (the raw payload):
 * <pre>
 * string&lt;EOF&gt; auth plugin response
 * </pre>
 */
public record AuthSwitchResponse(byte[] data) implements ClientPacket {

    public AuthSwitchResponse {
        data = data.clone();
    }

    @Override
    public byte[] encode() {
        return data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public String toString() {
        return "AuthSwitchResponse[" + data.length + " bytes]";
    }
}
