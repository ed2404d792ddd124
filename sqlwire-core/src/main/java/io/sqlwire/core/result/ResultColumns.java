package io.sqlwire.core.result;

import io.sqlwire.Column;
import io.sqlwire.InterfaceException;
import io.sqlwire.Row;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The columns of one result, shared by all its rows: the {@link Column} descriptions, the name
 * index, the value converter, and the column bindings of the records rows were mapped onto.
 *
 * <p>Names resolve exactly first, then ignoring case; when two columns share a name the first one
 * wins, as in a DB-API dict cursor built left to right. Instances are immutable apart from the
 * thread-safe record-binding cache, so rows may be read from any thread.
 */
public final class ResultColumns {

    private static final ResultColumns EMPTY = new ResultColumns(List.of());

    private final List<Column> columns;
    private final Supplier<List<Column>> details;
    private volatile List<Column> detailed;
    private final Map<String, Integer> exact;
    private final Map<String, Integer> caseless;
    private final ValueConverter converter;
    private final Map<Class<?>, int[]> recordBindings = new ConcurrentHashMap<>();

    /** Columns whose values convert with {@link ValueConverter#standard()}. */
    public ResultColumns(List<Column> columns) {
        this(columns, ValueConverter.standard());
    }

    public ResultColumns(List<Column> columns, ValueConverter converter) {
        this(columns, null, converter);
    }

    /**
     * Columns whose full descriptions are costly to read (some backends need extra calls or a
     * round trip for precision, scale and nullability): names and type names come now, the rest
     * from {@code details} the first time {@link #columns()} is asked for, once per result.
     */
    public ResultColumns(List<Column> columns, Supplier<List<Column>> details, ValueConverter converter) {
        this.columns = List.copyOf(columns);
        this.details = details;
        this.converter = converter;
        this.exact = new HashMap<>();
        this.caseless = new HashMap<>();
        for (int i = 0; i < this.columns.size(); i++) {
            String name = this.columns.get(i).name();
            exact.putIfAbsent(name, i);
            caseless.putIfAbsent(fold(name), i);
        }
    }

    /** The columns of a statement that returned no rows. */
    public static ResultColumns empty() {
        return EMPTY;
    }

    /** The full column descriptions (read on first use when they were deferred). */
    public List<Column> columns() {
        if (details == null) {
            return columns;
        }
        List<Column> d = detailed;
        if (d == null) {
            d = List.copyOf(details.get());
            detailed = d;
        }
        return d;
    }

    public int size() {
        return columns.size();
    }

    /** The name of column {@code index}. */
    public String name(int index) {
        return columns.get(index).name();
    }

    public ValueConverter converter() {
        return converter;
    }

    /** The index of the named column (exact match, then ignoring case), or -1. */
    public int indexOf(String name) {
        Integer i = exact.get(name);
        if (i == null) {
            i = caseless.get(fold(name));
        }
        return i == null ? -1 : i;
    }

    /**
     * The index of the named column.
     *
     * @throws InterfaceException naming the column and listing the ones there are
     */
    public int require(String name) {
        int i = indexOf(name);
        if (i < 0) {
            throw new InterfaceException("no column \"" + name + "\" in the result; columns: " + names());
        }
        return i;
    }

    /** The column names, comma separated, for messages. */
    public String names() {
        return columns.isEmpty() ? "(none)"
                : String.join(", ", columns.stream().map(Column::name).toList());
    }

    /** A row of this result over {@code values}, which the row takes over without copying. */
    public Row row(Object[] values) {
        return new ArrayRow(this, values);
    }

    /** For each component of {@code type}, the column it reads from; computed once per record class. */
    int[] recordBinding(Class<? extends Record> type, RecordMapper.Plan plan) {
        return recordBindings.computeIfAbsent(type, t -> RecordMapper.bind(plan, this));
    }

    static String fold(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
