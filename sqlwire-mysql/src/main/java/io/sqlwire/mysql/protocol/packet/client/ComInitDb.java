package io.sqlwire.mysql.protocol.packet.client;

import io.sqlwire.mysql.protocol.PayloadWriter;

/** COM_INIT_DB: int&lt;1&gt; 0x02, string&lt;EOF&gt; schema name. The server answers OK or ERR. */
public record ComInitDb(String schema) implements ClientPacket {
    public static final int COMMAND = 0x02;

    @Override
    public byte[] encode() {
        return new PayloadWriter().int1(COMMAND).text(schema).toByteArray();
    }
}
