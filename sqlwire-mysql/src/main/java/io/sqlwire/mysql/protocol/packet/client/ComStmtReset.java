package io.sqlwire.mysql.protocol.packet.client;

import io.sqlwire.mysql.protocol.PayloadWriter;

/** COM_STMT_RESET: int&lt;1&gt; 0x1A, int&lt;4&gt; statement id. The server answers OK or ERR. */
public record ComStmtReset(long statementId) implements ClientPacket {
    public static final int COMMAND = 0x1A;

    @Override
    public byte[] encode() {
        return new PayloadWriter(5).int1(COMMAND).int4(statementId).toByteArray();
    }
}
