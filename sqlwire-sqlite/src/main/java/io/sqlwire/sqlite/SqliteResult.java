package io.sqlwire.sqlite;

import io.sqlwire.Column;
import io.sqlwire.Row;
import io.sqlwire.core.result.ResultColumns;
import io.sqlwire.core.result.ValueConverter;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The result of one statement: a count, or rows that stream from the open statement (or, for all
 * but the last statement of a script, from memory). Used with the connection's lock held.
 */
final class SqliteResult {

    private final ResultColumns columns;
    private final long updateCount;
    private PreparedStatement statement;
    private ResultSet rows;
    private Deque<Object[]> buffered;
    private long fetched;
    private boolean started;

    private SqliteResult(ResultColumns columns, long updateCount, PreparedStatement statement, ResultSet rows) {
        this.columns = columns;
        this.updateCount = updateCount;
        this.statement = statement;
        this.rows = rows;
    }

    /** A statement without rows, with its count of changed rows or -1. */
    static SqliteResult count(long updateCount) {
        return new SqliteResult(ResultColumns.empty(), updateCount, null, null);
    }

    /**
     * The names and declared types of the columns a prepared statement will return, read before it
     * runs (sqlite-jdbc cannot describe a result that turned out empty); empty for a statement
     * without rows. Precision, scale and nullability cost several native calls and a regex per
     * column in sqlite-jdbc, so {@code details} supplies them only when the description is asked for.
     */
    static ResultColumns columnsOf(PreparedStatement statement, Supplier<List<Column>> details) throws SQLException {
        ResultSetMetaData md = statement.getMetaData();
        int n = columnCount(md);
        if (n == 0) {
            return ResultColumns.empty();
        }
        List<Column> columns = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            columns.add(Column.of(md.getColumnLabel(i), md.getColumnTypeName(i)));
        }
        return new ResultColumns(columns, details, ValueConverter.standard());
    }

    /** The full description of the columns a prepared (not necessarily executed) statement returns. */
    static List<Column> describe(PreparedStatement statement) throws SQLException {
        ResultSetMetaData md = statement.getMetaData();
        return describe(md, columnCount(md));
    }

    private static int columnCount(ResultSetMetaData md) {
        try {
            return md.getColumnCount();
        } catch (SQLException e) {
            // sqlite-jdbc reports a statement without result columns as "column 1 out of bounds"
            return 0;
        }
    }

    /** Rows of an executed statement; the result takes over the statement and closes it. */
    static SqliteResult rows(PreparedStatement statement, ResultColumns columns) throws SQLException {
        return new SqliteResult(columns, -1, statement, statement.getResultSet());
    }

    boolean hasRows() {
        return columns.size() > 0;
    }

    ResultColumns columns() {
        return columns;
    }

    /** Changed rows for DML; for queries -1 before the first fetch, then the rows fetched so far. */
    long rowcount() {
        return hasRows() ? (started ? fetched : -1) : updateCount;
    }

    /** The next row, or {@code null} at the end (the statement is then closed). */
    Row next() throws SQLException {
        started = true;
        Object[] values;
        if (buffered != null) {
            values = buffered.poll();
        } else if (rows != null && rows.next()) {
            values = read(rows, columns.size());
        } else {
            values = null;
            close();
        }
        if (values == null) {
            return null;
        }
        fetched++;
        return columns.row(values);
    }

    /** Reads the remaining rows into memory and closes the statement, so later statements may run. */
    void buffer() throws SQLException {
        if (!hasRows() || buffered != null) {
            return;
        }
        Deque<Object[]> all = new ArrayDeque<>();
        while (rows != null && rows.next()) {
            all.add(read(rows, columns.size()));
        }
        close();
        buffered = all;
    }

    /** Discards unread rows; the result then reads as exhausted. */
    void close() {
        if (buffered != null) {
            buffered.clear();
        }
        PreparedStatement st = statement;
        statement = null;
        rows = null;
        if (st != null) {
            try {
                st.close();
            } catch (SQLException | RuntimeException e) {
                // closing a statement whose connection already went away
            }
        }
    }

    /** SQLite storage classes to Java: INTEGER Long, REAL Double, TEXT String, BLOB byte[], NULL null. */
    private static Object[] read(ResultSet rs, int n) throws SQLException {
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
            Object v = rs.getObject(i + 1);
            // sqlite-jdbc returns Integer for INTEGER values that fit in 32 bits; sqlwire always gives Long
            values[i] = v instanceof Integer small ? Long.valueOf(small) : v;
        }
        return values;
    }

    private static List<Column> describe(ResultSetMetaData md, int n) throws SQLException {
        List<Column> columns = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            String type = md.getColumnTypeName(i);
            int declared = md.getPrecision(i);
            boolean numeric = isNumeric(type);
            int precision = numeric && declared > 0 ? declared : -1;
            int scale = numeric && declared > 0 ? md.getScale(i) : -1;
            int displaySize = !numeric && declared > 0 ? declared : -1;
            int nullable = md.isNullable(i);
            Boolean mayBeNull = nullable == ResultSetMetaData.columnNoNulls ? Boolean.FALSE
                    : nullable == ResultSetMetaData.columnNullable ? Boolean.TRUE : null;
            columns.add(new Column(md.getColumnLabel(i), type, displaySize, -1, precision, scale, mayBeNull));
        }
        return columns;
    }

    /** Declared types whose "(p,s)" is a precision and scale rather than a length. */
    private static boolean isNumeric(String type) {
        String t = type == null ? "" : type.toUpperCase(Locale.ROOT);
        return t.contains("NUM") || t.contains("DEC") || t.contains("REAL") || t.contains("DOUB")
                || t.contains("FLOA") || t.contains("INT");
    }
}
