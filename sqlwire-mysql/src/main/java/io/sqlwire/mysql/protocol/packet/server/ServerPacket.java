package io.sqlwire.mysql.protocol.packet.server;

import io.sqlwire.mysql.protocol.PayloadReader;

/**
 * A packet from the server, one record per packet of the protocol documentation, each decoding
 * its own fields.
 */
public sealed interface ServerPacket permits HandshakeV10, ErrPacket {

    /** The header byte of an ERR packet. */
    int ERR_HEADER = 0xFF;

    /**
     * Decodes the first packet of a connection: the greeting, or an ERR when the server refuses
     * the connection before the handshake (too many connections, host blocked).
     *
     * @throws io.sqlwire.InternalException naming the problem when the payload is malformed
     */
    static ServerPacket decodeGreeting(byte[] payload) {
        PayloadReader r = new PayloadReader(payload, "greeting");
        if (!r.hasRemaining()) {
            throw r.malformed("empty packet");
        }
        return r.peek() == ERR_HEADER ? ErrPacket.decode(payload) : HandshakeV10.decode(payload);
    }
}
