package io.sqlwire.mysql.session;

import io.sqlwire.OperationalException;
import io.sqlwire.SqlwireException;
import io.sqlwire.core.error.ErrorCategory;
import io.sqlwire.core.error.ExceptionFactory;
import io.sqlwire.core.error.VendorCode;
import io.sqlwire.core.error.VendorCodeSource;
import io.sqlwire.core.transport.TransportException;
import io.sqlwire.mysql.protocol.packet.server.ErrPacket;
import java.util.Map;

/**
 * ERR packets to exceptions, through core's {@link ExceptionFactory}.
 *
 * <p>TEMPORARY vendor table: the few codes whose SQLSTATE says too little, until the generated
 * MySQL/MariaDB error table arrives with the auth and type work. The SQLSTATE refinements stay:
 * MySQL reports every integrity violation as {@code 23000}, and the shared behaviour wants the
 * specific class (unique 23505, not-null 23502, foreign key 23503) on every backend.
 */
public final class MySqlErrors {

    private static final VendorCodeSource TEMPORARY_CODES = VendorCodeSource.of(Map.of(
            1205, new VendorCode(1205, "40001", ErrorCategory.OPERATIONAL, true),
            1213, new VendorCode(1213, "40001", ErrorCategory.OPERATIONAL, true),
            1927, new VendorCode(1927, "08S01", ErrorCategory.OPERATIONAL, true),
            2006, new VendorCode(2006, "08S01", ErrorCategory.OPERATIONAL, true),
            2013, new VendorCode(2013, "08S01", ErrorCategory.OPERATIONAL, true),
            4031, new VendorCode(4031, "08S01", ErrorCategory.OPERATIONAL, true),
            1317, new VendorCode(1317, "70100", ErrorCategory.OPERATIONAL, false)));

    private static final ExceptionFactory FACTORY = ExceptionFactory.standard().withVendorCodes(TEMPORARY_CODES);

    /** Errors after which the server closes the connection: killed, idle timeout, shutdown. */
    private static final java.util.Set<Integer> CONNECTION_FATAL = java.util.Set.of(1053, 1927, 4031);

    private MySqlErrors() {
    }

    /** The exception for an ERR packet the server sent in answer to a command. */
    public static SqlwireException of(ErrPacket err) {
        return FACTORY.create(err.describe(), refine(err.errorCode(), err.sqlState()), err.errorCode(), null);
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
    static SqlwireException authFailure(ErrPacket err, String user, String peer) {
        return FACTORY.create(err.describe() + " [" + peer + "]", err.sqlState(), err.errorCode(), null);
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
