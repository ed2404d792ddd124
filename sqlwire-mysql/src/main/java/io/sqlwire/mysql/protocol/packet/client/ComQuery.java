package io.sqlwire.mysql.protocol.packet.client;

import io.sqlwire.mysql.protocol.PayloadWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * COM_QUERY: int&lt;1&gt; 0x03, string&lt;EOF&gt; the SQL text in the connection's
 * character set (character_set_client). sqlwire does not ask for
 * CLIENT_QUERY_ATTRIBUTES, so there is no parameter prefix.
 */
public record ComQuery(String sql, Charset charset) implements ClientPacket {
    public static final int COMMAND = 0x03;

    /** The SQL in UTF-8. */
    public ComQuery(String sql) {
        this(sql, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] encode() {
        return new PayloadWriter(sql.length() + 8).int1(COMMAND).text(sql, charset).toByteArray();
    }
}
