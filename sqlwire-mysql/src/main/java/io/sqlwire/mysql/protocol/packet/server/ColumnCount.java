package io.sqlwire.mysql.protocol.packet.server;

import io.sqlwire.mysql.protocol.PayloadReader;
import io.sqlwire.mysql.protocol.PayloadWriter;

/**
 * The first packet of a text result set:
 * <pre>
 * int&lt;lenenc&gt; column count
 * </pre>
 */
public record ColumnCount(int count) implements ServerPacket {

    public static ColumnCount decode(byte[] payload) {
        PayloadReader r = new PayloadReader(payload, "column count");
        long n = r.readLengthEncodedInt("column count");
        if (n <= 0 || n > 0xFFFF) {
            throw r.malformed("column count " + n + " is out of range (1-65535)");
        }
        if (r.hasRemaining()) {
            throw r.malformed(r.remaining() + " unexpected bytes after the column count");
        }
        return new ColumnCount((int) n);
    }

    public byte[] encode() {
        return new PayloadWriter().lengthEncodedInt(count).toByteArray();
    }
}
