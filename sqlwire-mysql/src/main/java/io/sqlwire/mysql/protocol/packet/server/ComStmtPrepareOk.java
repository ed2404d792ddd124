package io.sqlwire.mysql.protocol.packet.server;

import io.sqlwire.mysql.protocol.PayloadReader;
import io.sqlwire.mysql.protocol.PayloadWriter;

/**
 * COM_STMT_PREPARE_OK, followed by the parameter and column definitions (each group ended by an
 * EOF without CLIENT_DEPRECATE_EOF):
 * <pre>
 * int&lt;1&gt;  0x00
 * int&lt;4&gt;  statement id
 * int&lt;2&gt;  number of columns
 * int&lt;2&gt;  number of parameters
 * int&lt;1&gt;  reserved
 * int&lt;2&gt;  warning count (when more data follows)
 * </pre>
 */
public record ComStmtPrepareOk(long statementId, int columnCount, int parameterCount, int warnings)
        implements ServerPacket {

    public static ComStmtPrepareOk decode(byte[] payload) {
        PayloadReader r = new PayloadReader(payload, "COM_STMT_PREPARE_OK");
        if (r.readUInt8("status") != 0) {
            throw r.malformed("status is not 0x00");
        }
        long id = r.readUInt32("statement id");
        int columns = r.readUInt16("number of columns");
        int params = r.readUInt16("number of parameters");
        int warnings = 0;
        if (r.hasRemaining()) {
            r.skip(1, "reserved");
            warnings = r.remaining() >= 2 ? r.readUInt16("warning count") : 0;
        }
        return new ComStmtPrepareOk(id, columns, params, warnings);
    }

    public byte[] encode() {
        return new PayloadWriter(12).int1(0).int4(statementId).int2(columnCount).int2(parameterCount).int1(0)
                .int2(warnings).toByteArray();
    }
}
