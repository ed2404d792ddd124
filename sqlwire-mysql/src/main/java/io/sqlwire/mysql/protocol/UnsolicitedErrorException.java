package io.sqlwire.mysql.protocol;

import io.sqlwire.mysql.protocol.packet.server.ErrPacket;

/**
 * An ERR packet whose sequence id does not answer the current command: one the server sent on its
 * own before closing the connection, such as MySQL 8.0.24+'s 4031 "disconnected by the server
 * because of inactivity". The session is dead; the packet says why.
 */
public final class UnsolicitedErrorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ErrPacket err;

    public UnsolicitedErrorException(ErrPacket err) {
        super(err.describe());
        this.err = err;
    }

    public ErrPacket err() {
        return err;
    }
}
