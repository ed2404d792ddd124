package io.sqlwire.mysql.protocol.packet.server;

import io.sqlwire.mysql.protocol.PayloadReader;
import io.sqlwire.mysql.protocol.PayloadWriter;
import java.util.Arrays;

/**
 * Protocol::AuthMoreData, extra data for the current auth plugin (caching_sha2_password's
 * fast-auth result 0x03 / full-auth request 0x04, a PEM public key):
 * <pre>
 * int&lt;1&gt;      0x01
 * string&lt;EOF&gt; plugin data
 * </pre>
 */
public record AuthMoreData(byte[] data) implements ServerPacket {
    public static final int HEADER = 0x01;

    public AuthMoreData {
        data = data.clone();
    }

    public static AuthMoreData decode(byte[] payload) {
        PayloadReader r = new PayloadReader(payload, "AuthMoreData");
        if (r.readUInt8("header") != HEADER) {
            throw r.malformed("header is not 0x01");
        }
        return new AuthMoreData(r.readRest());
    }

    public byte[] encode() {
        return new PayloadWriter().int1(HEADER).bytes(data).toByteArray();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuthMoreData a && Arrays.equals(data, a.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "AuthMoreData[" + data.length + " bytes]";
    }
}
