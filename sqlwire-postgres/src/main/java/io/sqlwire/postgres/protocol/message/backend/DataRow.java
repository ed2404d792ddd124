package io.sqlwire.postgres.protocol.message.backend;

import io.sqlwire.postgres.protocol.MessageReader;
import java.nio.ByteBuffer;

/**
 * DataRow {@code D}: Int16 column count, then per column Int32 length (-1 = NULL) and the value's
 * bytes. Kept as the message body plus one offset and one length per column, so decoding a row
 * allocates two arrays rather than one object per column; values are decoded when asked for.
 */
public record DataRow(byte[] body, int[] offsets, int[] lengths) implements BackendMessage {

    static DataRow decode(MessageReader r) {
        int n = r.int16("column count") & 0xFFFF;
        int[] offsets = new int[n];
        int[] lengths = new int[n];
        for (int i = 0; i < n; i++) {
            int len = r.int32("value length");
            lengths[i] = len;
            if (len < -1) {
                throw r.malformed("field \"value length\" of column " + (i + 1) + " is " + len);
            }
            offsets[i] = r.position();
            if (len > 0) {
                r.skip(len, "column value");
            }
        }
        r.expectEnd();
        return new DataRow(r.array(), offsets, lengths);
    }

    public int size() {
        return lengths.length;
    }

    public boolean isNull(int column) {
        return lengths[column] < 0;
    }

    /** A view of a column's bytes; {@code null} for SQL NULL. */
    public ByteBuffer value(int column) {
        int len = lengths[column];
        return len < 0 ? null : ByteBuffer.wrap(body, offsets[column], len).slice();
    }

    @Override
    public String toString() {
        return "DataRow[" + lengths.length + " columns]";
    }
}
