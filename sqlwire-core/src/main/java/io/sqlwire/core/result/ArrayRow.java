package io.sqlwire.core.result;

import io.sqlwire.Column;
import io.sqlwire.InterfaceException;
import io.sqlwire.Row;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Row} over an array of values, one per column, in their natural Java types. The column
 * index and converter are shared with every other row of the same result.
 */
public final class ArrayRow implements Row {

    private final ResultColumns columns;
    private final Object[] values;

    /**
     * @param values one value per column; the row keeps the array, so the caller must not change it
     * @throws IllegalArgumentException when the number of values differs from the number of columns
     */
    public ArrayRow(ResultColumns columns, Object[] values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        this.columns = columns;
        this.values = values;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public List<Column> columns() {
        return columns.columns();
    }

    @Override
    public Object get(int index) {
        return values[check(index)];
    }

    @Override
    public Object get(String name) {
        return values[columns.require(name)];
    }

    @Override
    public <T> T get(int index, Class<T> type) {
        return columns.converter().convert(values[check(index)], type, columns.name(index));
    }

    @Override
    public <T> T get(String name, Class<T> type) {
        int index = columns.require(name);
        return columns.converter().convert(values[index], type, columns.name(index));
    }

    @Override
    public boolean isNull(int index) {
        return values[check(index)] == null;
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.putIfAbsent(columns.name(i), values[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public <R extends Record> R as(Class<R> type) {
        return RecordMapper.map(this, columns, type);
    }

    /** The raw value of column {@code index}, without the bounds message; for the record mapper. */
    Object value(int index) {
        return values[index];
    }

    private int check(int index) {
        if (index < 0 || index >= values.length) {
            throw new InterfaceException("column index " + index + " out of range: the row has "
                    + values.length + " columns (indexes start at 0)");
        }
        return index;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArrayRow r && Arrays.deepEquals(values, r.values)
                && columns.columns().equals(r.columns.columns());
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Row{");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Object v = values[i];
            sb.append(columns.name(i)).append('=').append(v == null ? "NULL" : ValueConverter.preview(v));
        }
        return sb.append('}').toString();
    }
}
