package io.sqlwire.mysql.protocol.packet.client;

/**
 * A packet the client sends, one record per packet of the protocol documentation, each encoding
 * its own payload (the frame header is the packet writer's business).
 */
public sealed interface ClientPacket permits HandshakeResponse41, SslRequest, AuthSwitchResponse, ComQuery,
        ComPing, ComInitDb, ComQuit, ComChangeUser, ComResetConnection, ComStmtPrepare, ComStmtExecute, ComStmtBulkExecute, ComStmtClose,
        ComStmtReset {

    /** The payload bytes. */
    byte[] encode();

    /** Whether the server answers at all (COM_QUIT gets no answer). */
    default boolean expectsResponse() {
        return true;
    }
}
