package io.sqlwire.postgres.type;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

/**
 * The dimensions and the elements, in row-major order, of a Java array or List to bind as a
 * PostgreSQL array. Nested arrays and Lists are further dimensions (byte[] is a bytea element,
 * not a dimension); every sub-array of one level must have the same length, as PostgreSQL arrays
 * are rectangular.
 *
 * @param dims the length of each dimension; empty for an empty array
 * @param elements the leaves, {@code null} for SQL NULL
 * @param leafClass the declared element class of a Java array (Integer for Integer[][]), or null for Lists
 */
record ArrayShape(int[] dims, List<Object> elements, Class<?> leafClass) {

    /** Whether {@code value} is a Java array (other than byte[]) or a List: something to bind as an array. */
    static boolean isArrayLike(Object value) {
        return value instanceof List<?> || value != null && value.getClass().isArray() && !(value instanceof byte[]);
    }

    static ArrayShape of(Object value) {
        List<Integer> dims = new ArrayList<>();
        Object level = value;
        while (isArrayLike(level)) {
            int n = length(level);
            dims.add(n);
            if (n == 0) {
                break;
            }
            level = get(level, 0);
        }
        int[] d = dims.stream().mapToInt(Integer::intValue).toArray();
        List<Object> elements = new ArrayList<>();
        flatten(value, d, 0, elements);
        if (elements.isEmpty()) {
            d = new int[0];
        }
        return new ArrayShape(d, elements, leafClass(value.getClass()));
    }

    private static void flatten(Object level, int[] dims, int depth, List<Object> out) {
        if (depth == dims.length) {
            if (isArrayLike(level)) {
                throw new IllegalArgumentException("array is not rectangular: a sub-array where an element was expected");
            }
            out.add(level);
            return;
        }
        if (!isArrayLike(level) || length(level) != dims[depth]) {
            throw new IllegalArgumentException("array is not rectangular: dimension " + (depth + 1)
                    + " should have " + dims[depth] + " elements");
        }
        for (int i = 0; i < dims[depth]; i++) {
            flatten(get(level, i), dims, depth + 1, out);
        }
    }

    private static Class<?> leafClass(Class<?> c) {
        if (!c.isArray()) {
            return null;
        }
        Class<?> leaf = c;
        while (leaf.isArray() && leaf != byte[].class) {
            leaf = leaf.getComponentType();
        }
        return leaf;
    }

    private static int length(Object arrayLike) {
        return arrayLike instanceof List<?> l ? l.size() : Array.getLength(arrayLike);
    }

    private static Object get(Object arrayLike, int i) {
        return arrayLike instanceof List<?> l ? l.get(i) : Array.get(arrayLike, i);
    }

    /** The first element that is not null, or null. */
    Object firstNonNull() {
        for (Object e : elements) {
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    boolean hasNull() {
        return elements.contains(null);
    }
}
