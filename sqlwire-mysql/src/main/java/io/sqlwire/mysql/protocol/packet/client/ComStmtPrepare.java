package io.sqlwire.mysql.protocol.packet.client;

import io.sqlwire.mysql.protocol.PayloadWriter;

/** COM_STMT_PREPARE: int&lt;1&gt; 0x16, string&lt;EOF&gt; the statement. The server answers COM_STMT_PREPARE_OK or ERR. */
public record ComStmtPrepare(String sql) implements ClientPacket {
    public static final int COMMAND = 0x16;

    @Override
    public byte[] encode() {
        return new PayloadWriter(sql.length() + 8).int1(COMMAND).text(sql).toByteArray();
    }
}
