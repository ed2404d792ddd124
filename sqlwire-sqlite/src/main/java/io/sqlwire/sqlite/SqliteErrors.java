package io.sqlwire.sqlite;

import io.sqlwire.DataException;
import io.sqlwire.DatabaseException;
import io.sqlwire.IntegrityException;
import io.sqlwire.InternalException;
import io.sqlwire.OperationalException;
import io.sqlwire.ProgrammingException;
import io.sqlwire.SqlwireException;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Maps SQLite result codes to the DB-API exception categories, with an SQLSTATE chosen to match
 * what PostgreSQL reports for the same fault, so code that checks SQLSTATE classes works on both.
 *
 * <p>The vendor code is SQLite's extended result code (e.g. 2067 for a UNIQUE violation). Busy and
 * locked databases are transient {@link OperationalException}s: 40001 for a WAL snapshot that went
 * stale (retry the transaction), 55P03 ("lock not available") otherwise. The message is SQLite's own
 * text, e.g. {@code no such table: nope}, without sqlite-jdbc's {@code [SQLITE_ERROR] SQL error or
 * missing database} wrapper.
 */
final class SqliteErrors {

    /** sqlite-jdbc's "[SQLITE_CODE] Generic description (SQLite's message)". */
    private static final Pattern WRAPPED = Pattern.compile("^\\[[A-Z0-9_]+\\] [^(]*\\((.*)\\)\\s*$", Pattern.DOTALL);

    private SqliteErrors() {
    }

    static SqlwireException map(SQLException e) {
        return map(e, null);
    }

    /** @param context put before SQLite's message, e.g. {@code cannot open SQLite database "x.db"}; may be null */
    static SqlwireException map(SQLException e, String context) {
        int code = code(e);
        String text = text(e);
        String message = context == null ? text : context + ": " + text;
        return switch (code & 0xff) {
            case 19 -> new IntegrityException(message, constraintState(code), code, false, e);
            case 1 -> sqlError(message, text, code, e);
            case 5, 6 -> new OperationalException(message, code == 517 ? "40001" : "55P03", code, true, e);
            case 8 -> new OperationalException(message, "25006", code, false, e);
            case 14 -> new OperationalException(message, "08001", code, false, e);
            case 10, 22 -> new OperationalException(message, "58030", code, false, e);
            case 11, 26 -> new OperationalException(message, "XX001", code, false, e);
            case 13 -> new OperationalException(message, "53100", code, false, e);
            case 7 -> new OperationalException(message, "53200", code, false, e);
            case 4, 9 -> new OperationalException(message, "57014", code, false, e);
            case 3, 23 -> new OperationalException(message, "42501", code, false, e);
            case 15 -> new OperationalException(message, "55P03", code, true, e);
            case 18 -> new DataException(message, "22001", code, false, e);
            case 20 -> new DataException(message, "22000", code, false, e);
            case 25 -> new DataException(message, "22023", code, false, e);
            case 2 -> new InternalException(message, "XX000", code, false, e);
            default -> new DatabaseException(message, null, code, false, e);
        };
    }

    /** The extended result code when sqlite-jdbc knows it, else the primary code it reported. */
    private static int code(SQLException e) {
        if (e instanceof SQLiteException se && se.getResultCode() != SQLiteErrorCode.UNKNOWN_ERROR) {
            return se.getResultCode().code;
        }
        return e.getErrorCode();
    }

    private static String text(SQLException e) {
        String raw = String.valueOf(e.getMessage());
        Matcher m = WRAPPED.matcher(raw);
        return m.matches() ? m.group(1) : raw;
    }

    private static String constraintState(int code) {
        return switch (code) {
            case 1555, 2067, 2579 -> "23505"; // PRIMARYKEY, UNIQUE, ROWID
            case 1299 -> "23502"; // NOTNULL
            case 787 -> "23503"; // FOREIGNKEY
            case 275 -> "23514"; // CHECK
            default -> "23000";
        };
    }

    /** SQLITE_ERROR covers most statement faults; SQLite's message tells which. */
    private static SqlwireException sqlError(String message, String text, int code, SQLException e) {
        if (text.contains("integer overflow")) {
            return new DataException(message, "22003", code, false, e);
        }
        String state;
        if (text.startsWith("no such table")) {
            state = "42P01";
        } else if (text.startsWith("no such column") || text.contains("has no column named")) {
            state = "42703";
        } else if (text.contains("syntax error") || text.startsWith("incomplete input")
                || text.startsWith("unrecognized token")) {
            state = "42601";
        } else if (text.contains("already exists")) {
            state = "42P07";
        } else if (text.startsWith("no such function")) {
            state = "42883";
        } else if (text.startsWith("ambiguous column name")) {
            state = "42702";
        } else if (text.startsWith("no such savepoint")) {
            state = "3B001";
        } else if (text.contains("no transaction is active")) {
            state = "25P01";
        } else if (text.contains("within a transaction")) {
            state = "25001";
        } else {
            state = "42000";
        }
        return new ProgrammingException(message, state, code, false, e);
    }
}
