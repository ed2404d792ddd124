package io.sqlwire.mysql.protocol;

/**
 * One logical packet: the payload with the sequence id of its first frame.
 *
 * @param sequenceId the sequence id (0-255)
 * @param payload the payload, joined across 16 MiB frames
 */
public record Packet(int sequenceId, byte[] payload) {
}
