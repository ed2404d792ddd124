package io.sqlwire.mysql.protocol.packet.client;

/** COM_PING: int&lt;1&gt; 0x0E. The server answers OK. */
public record ComPing() implements ClientPacket {
    public static final int COMMAND = 0x0E;

    @Override
    public byte[] encode() {
        return new byte[] {COMMAND};
    }
}
