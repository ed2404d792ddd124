package io.sqlwire.mysql.protocol.packet.client;

/**
 * COM_RESET_CONNECTION: int&lt;1&gt; 0x1F. The server answers OK after rolling back, dropping
 * user variables, temporary tables and prepared statements and resetting session variables; the
 * current database stays.
 */
public record ComResetConnection() implements ClientPacket {
    public static final int COMMAND = 0x1F;

    @Override
    public byte[] encode() {
        return new byte[] {COMMAND};
    }
}
