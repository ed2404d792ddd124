package io.sqlwire.mysql.protocol.packet.server;

import io.sqlwire.mysql.protocol.PayloadReader;
import io.sqlwire.mysql.protocol.PayloadWriter;
import java.util.Arrays;

/**
 * ProtocolText::ResultsetRow: one value per column, each a string&lt;lenenc&gt; of the value's
 * text form, or 0xFB for NULL.
 *
 * @param values the raw values; {@code null} elements are SQL NULL
 */
public record TextResultsetRow(byte[][] values) implements ServerPacket {

    public static TextResultsetRow decode(byte[] payload, int columnCount) {
        PayloadReader r = new PayloadReader(payload, "ResultsetRow");
        byte[][] values = new byte[columnCount][];
        for (int i = 0; i < columnCount; i++) {
            values[i] = r.readNullableLengthEncodedBytes("value of column " + (i + 1));
        }
        if (r.hasRemaining()) {
            throw r.malformed(r.remaining() + " unexpected bytes after " + columnCount + " column values");
        }
        return new TextResultsetRow(values);
    }

    public byte[] encode() {
        PayloadWriter w = new PayloadWriter();
        for (byte[] v : values) {
            if (v == null) {
                w.int1(LocalInfileRequest.HEADER);
            } else {
                w.lengthEncodedBytes(v);
            }
        }
        return w.toByteArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextResultsetRow r && Arrays.deepEquals(values, r.values);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(values);
    }

    @Override
    public String toString() {
        return "TextResultsetRow[" + values.length + " values]";
    }
}
