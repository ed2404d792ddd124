package io.sqlwire.postgres.protocol.message.frontend;

import io.sqlwire.postgres.protocol.ByteSink;

/**
 * Bind {@code B}:
 * <pre>
 * String portal, String statement
 * Int16 n, Int16[n] parameter format codes (0 text, 1 binary; none = all text, one = all alike)
 * Int16 n, then per parameter Int32 length (-1 = NULL) and Byten value
 * Int16 n, Int16[n] result format codes (same rules)
 * </pre>
 */
public record Bind(String portal, String statement, int[] parameterFormats, byte[][] values, int[] resultFormats)
        implements FrontendMessage {

    @Override
    public void encode(ByteSink out) {
        int at = out.beginMessage('B');
        out.writeCString(portal).writeCString(statement);
        writeFormats(out, parameterFormats);
        out.writeInt16(values.length);
        for (byte[] v : values) {
            if (v == null) {
                out.writeInt32(-1);
            } else {
                out.writeInt32(v.length).writeBytes(v);
            }
        }
        writeFormats(out, resultFormats);
        out.endMessage(at);
    }

    private static void writeFormats(ByteSink out, int[] formats) {
        out.writeInt16(formats.length);
        for (int f : formats) {
            out.writeInt16(f);
        }
    }
}
