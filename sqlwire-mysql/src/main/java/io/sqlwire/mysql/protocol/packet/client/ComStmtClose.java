package io.sqlwire.mysql.protocol.packet.client;

import io.sqlwire.mysql.protocol.PayloadWriter;

/** COM_STMT_CLOSE: int&lt;1&gt; 0x19, int&lt;4&gt; statement id. The server does not answer. */
public record ComStmtClose(long statementId) implements ClientPacket {
    public static final int COMMAND = 0x19;

    @Override
    public byte[] encode() {
        return new PayloadWriter(5).int1(COMMAND).int4(statementId).toByteArray();
    }

    @Override
    public boolean expectsResponse() {
        return false;
    }
}
