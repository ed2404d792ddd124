package io.sqlwire.mysql.protocol;

import io.sqlwire.InternalException;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads packets off the wire. Each frame is:
 * <pre>
 * int&lt;3&gt;  payload length, little-endian
 * int&lt;1&gt;  sequence id, +1 per frame (mod 256)
 * bytes    payload
 * </pre>
 * A payload of 0xFFFFFF bytes or more is split into frames of exactly 0xFFFFFF, ended by a shorter
 * (possibly empty) frame; this reader joins them.
 */
public final class PacketReader {
    /** The length that means "more frames follow". */
    public static final int MAX_FRAME = 0xFFFFFF;

    private final InputStream in;
    private final int maxPacketSize;
    private final byte[] header = new byte[4];

    /**
     * @param maxPacketSize the largest payload accepted; a larger length means garbage, not MySQL
     */
    public PacketReader(InputStream in, int maxPacketSize) {
        this.in = in;
        this.maxPacketSize = maxPacketSize;
    }

    /**
     * The next packet.
     *
     * @throws EOFException when the server closes the connection, also in the middle of a packet
     * @throws InternalException when the length exceeds the limit or frames are out of sequence
     */
    public Packet read() throws IOException {
        int len = readHeader();
        int seq = header[3] & 0xFF;
        if (len < MAX_FRAME) {
            return new Packet(seq, readFully(len));
        }
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        int expected = seq;
        int frames = 0;
        while (true) {
            checkSize(joined.size() + (long) len);
            joined.write(readFully(len));
            frames++;
            if (len < MAX_FRAME) {
                return new Packet(seq, joined.toByteArray(), frames);
            }
            expected = (expected + 1) & 0xFF;
            len = readHeader();
            if ((header[3] & 0xFF) != expected) {
                throw new InternalException("packet frames out of sequence: expected sequence id " + expected
                        + ", got " + (header[3] & 0xFF));
            }
        }
    }

    private int readHeader() throws IOException {
        if (in.readNBytes(header, 0, 4) < 4) {
            throw new EOFException("end of stream in a packet header");
        }
        int len = (header[0] & 0xFF) | (header[1] & 0xFF) << 8 | (header[2] & 0xFF) << 16;
        checkSize(len);
        return len;
    }

    private void checkSize(long len) {
        if (len > maxPacketSize) {
            throw new InternalException("packet of " + len + " bytes exceeds the limit of " + maxPacketSize
                    + " (is this a MySQL server?)");
        }
    }

    private byte[] readFully(int len) throws IOException {
        byte[] b = in.readNBytes(len);
        if (b.length < len) {
            throw new EOFException("end of stream after " + b.length + " of " + len + " payload bytes");
        }
        return b;
    }
}
