package io.sqlwire.mysql.protocol.packet.server;

import io.sqlwire.DataException;
import io.sqlwire.mysql.protocol.PayloadReader;
import io.sqlwire.mysql.type.BinaryLayout;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * ProtocolBinary::ResultsetRow, a row of a prepared statement's result:
 * <pre>
 * int&lt;1&gt;                 0x00 header
 * binary&lt;(n + 9) / 8&gt;    NULL bitmap; column i is bit i + 2 (the first two bits are unused)
 * the non-NULL values, each in its type's binary layout (see {@link BinaryLayout})
 * </pre>
 *
 * @param values each value's bytes without its length prefix; {@code null} for SQL NULL
 */
public record BinaryResultsetRow(byte[][] values) implements ServerPacket {

    public static BinaryResultsetRow decode(byte[] payload, List<ColumnDefinition41> columns) {
        PayloadReader r = new PayloadReader(payload, "binary ResultsetRow");
        if (r.readUInt8("header") != 0) {
            throw r.malformed("header is not 0x00");
        }
        int n = columns.size();
        byte[] nulls = r.readBytes((n + 9) / 8, "NULL bitmap");
        ByteBuffer rest = ByteBuffer.wrap(r.readRest());
        byte[][] values = new byte[n][];
        for (int i = 0; i < n; i++) {
            int bit = i + 2;
            if ((nulls[bit / 8] & (1 << (bit % 8))) != 0) {
                continue;
            }
            try {
                ByteBuffer v = BinaryLayout.next(columns.get(i).type(), rest);
                values[i] = new byte[v.remaining()];
                v.get(values[i]);
            } catch (DataException e) {
                throw r.malformed("value of column " + (i + 1) + ": " + e.getMessage());
            }
        }
        if (rest.hasRemaining()) {
            throw r.malformed(rest.remaining() + " unexpected bytes after " + n + " column values");
        }
        return new BinaryResultsetRow(values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BinaryResultsetRow r && Arrays.deepEquals(values, r.values);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(values);
    }

    @Override
    public String toString() {
        return "BinaryResultsetRow[" + values.length + " values]";
    }
}
