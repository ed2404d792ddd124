package io.sqlwire.mysql.protocol;

/**
 * One logical packet: the payload with the sequence id of its first frame.
 *
 * @param sequenceId the sequence id (0-255) of the first frame
 * @param payload the payload, joined across 16 MiB frames
 * @param frames how many frames carried it (1 unless the payload reached 0xFFFFFF bytes)
 */
public record Packet(int sequenceId, byte[] payload, int frames) {

    public Packet(int sequenceId, byte[] payload) {
        this(sequenceId, payload, 1);
    }

    /** The sequence id the next packet must carry. */
    public int nextSequenceId() {
        return (sequenceId + frames) & 0xFF;
    }
}
