package io.sqlwire.mysql.protocol;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Frames payloads onto the wire: int&lt;3&gt; length, int&lt;1&gt; sequence id, payload. A payload
 * of 0xFFFFFF bytes or more goes out in frames of exactly 0xFFFFFF, ended by a shorter (possibly
 * empty) frame, each with the next sequence id.
 */
public final class PacketWriter {
    private final OutputStream out;
    private final byte[] header = new byte[4];

    public PacketWriter(OutputStream out) {
        this.out = out;
    }

    /**
     * Writes one packet without flushing.
     *
     * @return the sequence id the next packet (the server's answer) carries
     */
    public int write(int sequenceId, byte[] payload) throws IOException {
        int seq = sequenceId & 0xFF;
        int off = 0;
        while (true) {
            int n = Math.min(PacketReader.MAX_FRAME, payload.length - off);
            header[0] = (byte) n;
            header[1] = (byte) (n >>> 8);
            header[2] = (byte) (n >>> 16);
            header[3] = (byte) seq;
            out.write(header);
            out.write(payload, off, n);
            off += n;
            seq = (seq + 1) & 0xFF;
            if (n < PacketReader.MAX_FRAME) {
                return seq;
            }
        }
    }

    public void flush() throws IOException {
        out.flush();
    }
}
