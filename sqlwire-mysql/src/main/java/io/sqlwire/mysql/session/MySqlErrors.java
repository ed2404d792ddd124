package io.sqlwire.mysql.session;

import io.sqlwire.OperationalException;
import io.sqlwire.SqlwireException;
import io.sqlwire.core.transport.TransportException;
import io.sqlwire.mysql.error.MySqlErrorCodes;
import io.sqlwire.mysql.protocol.packet.server.ErrPacket;

/**
 * ERR packets to exceptions, through the vendor-code table of {@link MySqlErrorCodes} for the
 * server's flavour (MariaDB and MySQL number some errors differently).
 *
 * <p>SQLSTATE refinement: MySQL reports every integrity violation as {@code 23000}; sqlwire
 * reports the specific class the shared behaviour expects on every backend (unique 23505,
 * not-null 23502, foreign key 23503). The vendor code stays as the server sent it.
 */
public final class MySqlErrors {

    /** Errors after which the server closes the connection: killed, idle timeout, shutdown. */
    private static final java.util.Set<Integer> CONNECTION_FATAL = java.util.Set.of(1053, 1927, 4031);

    private MySqlErrors() {
    }

    /** The exception for an ERR packet the server sent in answer to a command. */
    public static SqlwireException of(ErrPacket err, boolean mariaDb) {
        return MySqlErrorCodes.factory(mariaDb).create(err.message(), refine(err.errorCode(), err.sqlState()),
                err.errorCode(), null);
    }

    /** An error the server sent on its own before closing the session: always a lost connection. */
    public static SqlwireException unsolicited(ErrPacket err) {
        String msg = "the server closed the connection: " + err.describe();
        return new OperationalException(msg, err.sqlState() != null ? err.sqlState() : "08S01", err.errorCode(),
                true, null);
    }

    /** Whether the server ends the session after this error. */
    public static boolean isConnectionFatal(ErrPacket err) {
        return CONNECTION_FATAL.contains(err.errorCode());
    }

    /** A failed login; SQLSTATE 28000 stops the router from trying further hosts. */
    static SqlwireException authFailure(ErrPacket err, boolean mariaDb, String peer) {
        return MySqlErrorCodes.factory(mariaDb).create(err.describe() + " [" + peer + "]", err.sqlState(),
                err.errorCode(), null);
    }

    /**
     * The connection died under a command: "server has gone away" (2006) when the command could
     * not be sent, "lost connection during query" (2013) when the answer did not come.
     */
    public static OperationalException lost(TransportException e, boolean sent) {
        int code = sent ? 2013 : 2006;
        String what = sent ? "lost connection to the MySQL server during query" : "MySQL server has gone away";
        return new OperationalException(what + ": " + e.getMessage(), "08S01", code, true, e);
    }

    static String refine(int code, String sqlState) {
        return switch (code) {
            case 1062, 1586, 1557 -> "23505";
            case 1048, 1364 -> "23502";
            case 1216, 1217, 1451, 1452 -> "23503";
            default -> sqlState;
        };
    }
}
