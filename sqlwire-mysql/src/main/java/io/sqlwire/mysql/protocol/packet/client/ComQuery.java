package io.sqlwire.mysql.protocol.packet.client;

import io.sqlwire.mysql.protocol.PayloadWriter;

/**
 * COM_QUERY: int&lt;1&gt; 0x03, string&lt;EOF&gt; the SQL text (UTF-8). sqlwire does not ask for
 * CLIENT_QUERY_ATTRIBUTES, so there is no parameter prefix.
 */
public record ComQuery(String sql) implements ClientPacket {
    public static final int COMMAND = 0x03;

    @Override
    public byte[] encode() {
        return new PayloadWriter(sql.length() + 8).int1(COMMAND).text(sql).toByteArray();
    }
}
