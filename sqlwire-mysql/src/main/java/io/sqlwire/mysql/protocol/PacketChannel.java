package io.sqlwire.mysql.protocol;

import io.sqlwire.InternalException;
import io.sqlwire.mysql.protocol.packet.client.ClientPacket;
import io.sqlwire.mysql.protocol.packet.server.ErrPacket;
import io.sqlwire.mysql.protocol.packet.server.ServerPacket;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * Packets in both directions with their sequence ids checked: a command starts at 0, and every
 * packet after it, from either side, carries the next id (mod 256). A packet with any other id
 * means the two sides disagree about where they are, and the connection cannot be trusted.
 */
public final class PacketChannel {
    private final PacketReader reader;
    private final PacketWriter writer;
    private int expected;

    public PacketChannel(InputStream in, OutputStream out, int maxPacketSize) {
        this.reader = new PacketReader(in, maxPacketSize);
        this.writer = new PacketWriter(out);
    }

    /** Sends the first packet of a command (sequence id 0) and flushes. */
    public void sendCommand(ClientPacket packet) throws IOException {
        expected = 0;
        sendNext(packet);
    }

    /**
     * Sends several commands in one write (each at sequence id 0) for MariaDB's pipelining; the
     * answers come in order, each starting at sequence id 1 (see {@link #nextAnswer()}).
     */
    public void sendPipelined(List<ClientPacket> packets) throws IOException {
        for (ClientPacket p : packets) {
            writer.write(0, p.encode());
        }
        writer.flush();
        expected = 1;
    }

    /** Expects the answer to the next pipelined command, which starts at sequence id 1. */
    public void nextAnswer() {
        expected = 1;
    }

    /** Sends the next packet of an exchange (auth data, a LOCAL INFILE chunk) and flushes. */
    public void sendNext(ClientPacket packet) throws IOException {
        sendRaw(packet.encode());
    }

    /** Sends a raw payload as the next packet and flushes. */
    public void sendRaw(byte[] payload) throws IOException {
        expected = writer.write(expected, payload);
        writer.flush();
    }

    /**
     * The next packet's payload.
     *
     * @throws InternalException when its sequence id is not the expected one
     * @throws UnsolicitedErrorException when that packet is an ERR the server sent on its own
     */
    public byte[] receive() throws IOException {
        Packet p = reader.read();
        if (p.sequenceId() != expected) {
            byte[] b = p.payload();
            if (b.length > 0 && (b[0] & 0xFF) == ServerPacket.ERR_HEADER) {
                throw new UnsolicitedErrorException(ErrPacket.decode(b));
            }
            throw new InternalException("packets out of order: expected sequence id " + expected + ", got "
                    + p.sequenceId() + " (the connection is out of sync)");
        }
        expected = p.nextSequenceId();
        return p.payload();
    }

    /** Reads the server greeting, which starts the connection at sequence id 0. */
    public byte[] receiveGreeting() throws IOException {
        expected = 0;
        return receive();
    }
}
