package io.sqlwire.core.error;

import io.sqlwire.DataException;
import io.sqlwire.DatabaseException;
import io.sqlwire.IntegrityException;
import io.sqlwire.InterfaceException;
import io.sqlwire.InternalException;
import io.sqlwire.NotSupportedException;
import io.sqlwire.OperationalException;
import io.sqlwire.ProgrammingException;
import io.sqlwire.SqlwireException;

/**
 * The DB-API category of an error, one per {@code io.sqlwire} exception class, and the rule
 * that derives it from a SQLSTATE ({@link #of(String)}).
 */
public enum ErrorCategory {
    INTERFACE,
    DATABASE,
    DATA,
    OPERATIONAL,
    INTEGRITY,
    INTERNAL,
    PROGRAMMING,
    NOT_SUPPORTED;

    /** Builds the exception class of this category. */
    public SqlwireException newException(String message, String sqlState, int vendorCode, boolean transientFailure,
            Throwable cause) {
        return switch (this) {
            case INTERFACE -> new InterfaceException(message, sqlState, vendorCode, transientFailure, cause);
            case DATABASE -> new DatabaseException(message, sqlState, vendorCode, transientFailure, cause);
            case DATA -> new DataException(message, sqlState, vendorCode, transientFailure, cause);
            case OPERATIONAL -> new OperationalException(message, sqlState, vendorCode, transientFailure, cause);
            case INTEGRITY -> new IntegrityException(message, sqlState, vendorCode, transientFailure, cause);
            case INTERNAL -> new InternalException(message, sqlState, vendorCode, transientFailure, cause);
            case PROGRAMMING -> new ProgrammingException(message, sqlState, vendorCode, transientFailure, cause);
            case NOT_SUPPORTED -> new NotSupportedException(message, sqlState, vendorCode, transientFailure, cause);
        };
    }

    /**
     * The category of an error with {@code sqlState}, by its class:
     * <ul>
     * <li>{@code 22} data exception: {@link #DATA}.
     * <li>{@code 23} integrity constraint violation and {@code 44} WITH CHECK OPTION violation
     *     (a view's constraint), plus {@code 40002} (a deferred constraint failing at commit):
     *     {@link #INTEGRITY}.
     * <li>{@code 42} syntax error or access rule violation, and the classes that report a wrong
     *     name or a misuse in the statement: {@code 0B 0F 0L 0P 0Z 20 21 26 27 2B 2D 34 3B 3D 3F}
     *     and {@code 54} program limit exceeded (too many columns or arguments, a statement too
     *     complex): {@link #PROGRAMMING}.
     * <li>{@code 08} connection, {@code 28} authorization, {@code 40} transaction rollback,
     *     {@code 53} insufficient resources, {@code 55} object not in prerequisite state,
     *     {@code 57} operator intervention, {@code 58} system error, {@code 72} snapshot
     *     failure, {@code F0} configuration file error and {@code HV} foreign data wrapper
     *     error: {@link #OPERATIONAL}.
     * <li>{@code 0A} feature not supported: {@link #NOT_SUPPORTED}.
     * <li>{@code XX} internal error and {@code 24} invalid cursor state: {@link #INTERNAL}.
     * <li>{@code 25} invalid transaction state: {@link #INTERNAL}, as DB-API files "the
     *     transaction is out of sync" under InternalError, which is what {@code 25P02}
     *     in_failed_sql_transaction and {@code 25P01} no_active_sql_transaction report; the
     *     session timeouts {@code 25P03} and {@code 25P04} are {@link #OPERATIONAL}.
     * <li>anything else, a missing or malformed SQLSTATE included: {@link #DATABASE}.
     * </ul>
     */
    public static ErrorCategory of(String sqlState) {
        if (sqlState == null || sqlState.length() != 5) {
            return DATABASE;
        }
        return switch (sqlState) {
            case "40002" -> INTEGRITY;
            case "25P03", "25P04" -> OPERATIONAL;
            default -> ofClass(sqlState.substring(0, 2));
        };
    }

    private static ErrorCategory ofClass(String sqlClass) {
        return switch (sqlClass) {
            case "22" -> DATA;
            case "23", "44" -> INTEGRITY;
            case "42", "0B", "0F", "0L", "0P", "0Z", "20", "21", "26", "27", "2B", "2D", "34", "3B", "3D", "3F", "54" ->
                    PROGRAMMING;
            case "08", "28", "40", "53", "55", "57", "58", "72", "F0", "HV" -> OPERATIONAL;
            case "0A" -> NOT_SUPPORTED;
            case "XX", "24", "25" -> INTERNAL;
            default -> DATABASE;
        };
    }
}
