package io.sqlwire.mysql.error;

import static io.sqlwire.core.error.ErrorCategory.DATA;
import static io.sqlwire.core.error.ErrorCategory.INTEGRITY;
import static io.sqlwire.core.error.ErrorCategory.OPERATIONAL;
import static io.sqlwire.core.error.ErrorCategory.PROGRAMMING;

import io.sqlwire.core.error.ErrorCategory;
import io.sqlwire.core.error.ExceptionFactory;
import io.sqlwire.core.error.VendorCode;
import io.sqlwire.core.error.VendorCodeSource;
import java.util.HashMap;
import java.util.Map;

/**
 * Hand-written classification of the MySQL/MariaDB error codes whose category or retry-ability the
 * SQLSTATE alone gets wrong (MySQL sends HY000 for many of them, and nothing before the
 * handshake). Everything else follows the SQLSTATE the server sent. The SQLSTATE here is used
 * only when the ERR packet carries none.
 *
 * <p>Use {@link #factory(boolean)} to build exceptions from ERR packets:
 * {@code MySqlErrorCodes.factory(mariaDb).create(message, sqlState, code, null)}.
 */
public final class MySqlErrorCodes {
    private static final Map<Integer, VendorCode> COMMON = common();
    private static final VendorCodeSource MARIADB = VendorCodeSource.of(withFlavour(true));
    private static final VendorCodeSource MYSQL = VendorCodeSource.of(withFlavour(false));
    private static final ExceptionFactory MARIADB_FACTORY = ExceptionFactory.standard().withVendorCodes(MARIADB);
    private static final ExceptionFactory MYSQL_FACTORY = ExceptionFactory.standard().withVendorCodes(MYSQL);

    private MySqlErrorCodes() {
    }

    /** The vendor-code table for a MariaDB ({@code true}) or MySQL server. */
    public static VendorCodeSource source(boolean mariaDb) {
        return mariaDb ? MARIADB : MYSQL;
    }

    /** The exception factory for a MariaDB ({@code true}) or MySQL server. */
    public static ExceptionFactory factory(boolean mariaDb) {
        return mariaDb ? MARIADB_FACTORY : MYSQL_FACTORY;
    }

    private static Map<Integer, VendorCode> common() {
        Map<Integer, VendorCode> m = new HashMap<>();
        // Retry may succeed: lock conflicts, resource limits, the connection or server going away.
        put(m, OPERATIONAL, true, "40001", 1213, 1614);                  // deadlock, XA deadlock
        put(m, OPERATIONAL, true, "HY000", 1205, 1637);                  // lock wait timeout, too many transactions
        put(m, OPERATIONAL, true, "08004", 1040, 1203, 1226);            // too many connections, user limits
        put(m, OPERATIONAL, true, "08S01", 1053, 1077, 1078, 1079, 1080, // server shutdown
                1152, 1153, 1158, 1159, 1160, 1161, 1184,                // aborted connection, network errors
                2002, 2003, 2006, 2013, 2055);                           // client: cannot connect, gone away, lost
        put(m, OPERATIONAL, true, "HY000", 1041, 1135);                  // out of resources, cannot create thread
        // Not worth retrying as is.
        put(m, OPERATIONAL, false, "28000", 1045);                       // access denied
        put(m, OPERATIONAL, false, "08S01", 1043, 1047, 2026, 2027);     // bad handshake, unknown command, TLS, malformed
        put(m, OPERATIONAL, false, "HY000", 1290, 1836, 1180, 1181);     // --read-only, read-only mode, commit failed
        put(m, OPERATIONAL, false, "25006", 1792);                       // read-only transaction
        put(m, OPERATIONAL, false, "70100", 1317);                       // query interrupted (KILL QUERY)
        put(m, OPERATIONAL, false, "HY000", 1021, 1114);                 // disk full, table full
        put(m, PROGRAMMING, false, "42000", 1049, 1064, 1044, 1142, 1143, 1227);
        put(m, PROGRAMMING, false, "42S02", 1146, 1051);
        put(m, PROGRAMMING, false, "42S01", 1050);
        put(m, PROGRAMMING, false, "42S22", 1054);
        put(m, PROGRAMMING, false, "42S21", 1060);
        put(m, INTEGRITY, false, "23000", 1062, 1022, 1048, 1169, 1216, 1217, 1451, 1452, 1557, 1586, 1761, 1762);
        put(m, DATA, false, "22001", 1406);
        put(m, DATA, false, "22003", 1264, 1690);
        put(m, DATA, false, "22007", 1292, 1366, 1367);
        put(m, DATA, false, "22012", 1365);
        return m;
    }

    private static Map<Integer, VendorCode> withFlavour(boolean mariaDb) {
        Map<Integer, VendorCode> m = new HashMap<>(COMMON);
        if (mariaDb) {
            put(m, OPERATIONAL, true, "70100", 1927, 1969);              // connection killed, max_statement_time
            put(m, INTEGRITY, false, "23000", 4025);                     // CHECK constraint failed
        } else {
            put(m, OPERATIONAL, true, "HY000", 3024);                    // max_execution_time exceeded
            put(m, OPERATIONAL, true, "HY000", 3572);                    // NOWAIT lock not granted
            put(m, OPERATIONAL, true, "08S01", 4031);                    // idle disconnect (wait_timeout)
            put(m, OPERATIONAL, true, "40000", 3101);                    // rolled back during commit (group repl.)
            put(m, INTEGRITY, false, "23000", 3819);                     // CHECK constraint violated
        }
        return m;
    }

    private static void put(Map<Integer, VendorCode> m, ErrorCategory category, boolean transientFailure,
            String sqlState, int... codes) {
        for (int code : codes) {
            m.put(code, new VendorCode(code, sqlState, category, transientFailure));
        }
    }
}
