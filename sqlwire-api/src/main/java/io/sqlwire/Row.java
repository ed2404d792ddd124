package io.sqlwire;

import java.util.List;
import java.util.Map;

/**
 * One row of a result. Column indexes start at 0, as in a DB-API tuple. Column names are matched
 * exactly first, then ignoring case.
 */
public interface Row {

    /** The number of columns. */
    int size();

    /** The columns of the result this row belongs to. */
    List<Column> columns();

    /** The value of a column as its natural Java type, or {@code null} for SQL NULL. */
    Object get(int index);

    /** The value of the named column as its natural Java type, or {@code null} for SQL NULL. */
    Object get(String name);

    /**
     * The value of a column converted to {@code type}: numbers widen and narrow when the value
     * fits, text parses to numbers and {@code java.time} types, anything converts to {@code String}.
     *
     * @throws DataException when the value cannot be converted, naming the column and the types
     */
    <T> T get(int index, Class<T> type);

    /** The value of the named column converted to {@code type}, as {@link #get(int, Class)}. */
    <T> T get(String name, Class<T> type);

    /** Whether the column is SQL NULL. */
    boolean isNull(int index);

    /** The row as column name to value, in column order. */
    Map<String, Object> toMap();

    /**
     * Maps the row onto a record by component name. A column {@code created_at} fills a component
     * {@code createdAt} or {@code created_at}; values are converted as {@link #get(int, Class)}.
     *
     * @throws InterfaceException when {@code type} is not a record or a component has no column
     */
    <R extends Record> R as(Class<R> type);
}
