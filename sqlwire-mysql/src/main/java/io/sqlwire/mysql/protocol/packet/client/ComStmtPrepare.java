package io.sqlwire.mysql.protocol.packet.client;

import io.sqlwire.mysql.protocol.PayloadWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** COM_STMT_PREPARE: int&lt;1&gt; 0x16, string&lt;EOF&gt; the statement. The server answers COM_STMT_PREPARE_OK or ERR. */
public record ComStmtPrepare(String sql, Charset charset) implements ClientPacket {
    public static final int COMMAND = 0x16;

    /** The SQL in UTF-8. */
    public ComStmtPrepare(String sql) {
        this(sql, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] encode() {
        return new PayloadWriter(sql.length() + 8).int1(COMMAND).text(sql, charset).toByteArray();
    }
}
