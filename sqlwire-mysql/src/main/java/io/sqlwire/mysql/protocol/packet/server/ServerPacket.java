package io.sqlwire.mysql.protocol.packet.server;

import io.sqlwire.mysql.protocol.PayloadReader;

/**
 * A packet from the server, one record per packet of the protocol documentation, each decoding
 * its own fields. Which packet a payload is depends on the phase and often on its first byte;
 * the protocol state machines decide and call the right {@code decode}.
 */
public sealed interface ServerPacket permits HandshakeV10, ErrPacket, OkPacket, EofPacket, AuthSwitchRequest,
        AuthMoreData, ColumnDefinition41, ColumnCount, TextResultsetRow, LocalInfileRequest, ComStmtPrepareOk,
        BinaryResultsetRow {

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

    /**
     * Decodes an answer during authentication: OK, ERR, AuthSwitchRequest (0xFE) or AuthMoreData (0x01).
     *
     * @throws io.sqlwire.InternalException for any other packet
     */
    static ServerPacket decodeAuthResponse(byte[] payload, long capabilities) {
        PayloadReader r = new PayloadReader(payload, "authentication response");
        return switch (r.peek()) {
            case OkPacket.HEADER -> OkPacket.decode(payload, capabilities);
            case ERR_HEADER -> ErrPacket.decode(payload);
            case AuthSwitchRequest.HEADER -> AuthSwitchRequest.decode(payload);
            case AuthMoreData.HEADER -> AuthMoreData.decode(payload);
            case -1 -> throw r.malformed("empty packet");
            default -> throw r.malformed("unexpected header byte 0x" + Integer.toHexString(r.peek())
                    + " (expected OK, ERR, AuthSwitchRequest or AuthMoreData)");
        };
    }

    /** Decodes an answer that must be OK or ERR (COM_PING, COM_INIT_DB, COM_RESET_CONNECTION ...). */
    static ServerPacket decodeOkOrErr(byte[] payload, long capabilities, String command) {
        PayloadReader r = new PayloadReader(payload, "response to " + command);
        return switch (r.peek()) {
            case OkPacket.HEADER -> OkPacket.decode(payload, capabilities);
            case ERR_HEADER -> ErrPacket.decode(payload);
            case -1 -> throw r.malformed("empty packet");
            default -> throw r.malformed("unexpected header byte 0x" + Integer.toHexString(r.peek())
                    + " (expected OK or ERR)");
        };
    }
}
