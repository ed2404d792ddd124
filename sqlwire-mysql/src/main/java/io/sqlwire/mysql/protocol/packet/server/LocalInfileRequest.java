package io.sqlwire.mysql.protocol.packet.server;

import io.sqlwire.mysql.protocol.PayloadReader;
import io.sqlwire.mysql.protocol.PayloadWriter;

/**
 * LOCAL INFILE request, the server's answer to {@code LOAD DATA LOCAL INFILE}:
 * <pre>
 * int&lt;1&gt;      0xFB
 * string&lt;EOF&gt; file name
 * </pre>
 */
public record LocalInfileRequest(String fileName) implements ServerPacket {
    public static final int HEADER = 0xFB;

    public static LocalInfileRequest decode(byte[] payload) {
        PayloadReader r = new PayloadReader(payload, "LOCAL INFILE request");
        if (r.readUInt8("header") != HEADER) {
            throw r.malformed("header is not 0xFB");
        }
        return new LocalInfileRequest(r.readRestAsString());
    }

    public byte[] encode() {
        return new PayloadWriter().int1(HEADER).text(fileName).toByteArray();
    }
}
