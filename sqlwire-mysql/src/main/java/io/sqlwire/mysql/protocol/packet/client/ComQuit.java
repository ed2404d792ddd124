package io.sqlwire.mysql.protocol.packet.client;

/** COM_QUIT: int&lt;1&gt; 0x01. The server closes the connection without answering. */
public record ComQuit() implements ClientPacket {
    public static final int COMMAND = 0x01;

    @Override
    public byte[] encode() {
        return new byte[] {COMMAND};
    }

    @Override
    public boolean expectsResponse() {
        return false;
    }
}
