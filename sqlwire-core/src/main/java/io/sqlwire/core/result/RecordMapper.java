package io.sqlwire.core.result;

import io.sqlwire.InterfaceException;
import io.sqlwire.SqlwireException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps rows onto records by component name, for {@link io.sqlwire.Row#as(Class)}.
 *
 * <p>A component reads the column of the same name (exactly, then ignoring case), else the first
 * column whose name matches once underscores are dropped and case ignored, so {@code created_at}
 * fills {@code createdAt}. The component list and canonical constructor are looked up once per
 * record class; which column feeds which component is worked out once per result.
 */
final class RecordMapper {

    private static final Map<Class<?>, Plan> PLANS = new ConcurrentHashMap<>();

    private RecordMapper() {
    }

    /** What is needed to build one record class: its components in order and its canonical constructor. */
    record Plan(String[] names, Class<?>[] types, Constructor<?> constructor) {
    }

    static <R extends Record> R map(ArrayRow row, ResultColumns columns, Class<R> type) {
        if (type == null || !type.isRecord()) {
            throw new InterfaceException("Row.as needs a record class, not " + (type == null ? "null" : type.getName()));
        }
        Plan plan = PLANS.computeIfAbsent(type, RecordMapper::plan);
        int[] binding = columns.recordBinding(type, plan);
        Object[] args = new Object[binding.length];
        for (int i = 0; i < binding.length; i++) {
            int column = binding[i];
            args[i] = columns.converter().convert(row.value(column), plan.types()[i], columns.name(column));
        }
        return type.cast(construct(type, plan, args));
    }

    private static Object construct(Class<?> type, Plan plan, Object[] args) {
        try {
            return plan.constructor().newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SqlwireException se) {
                throw se;
            }
            throw new InterfaceException("record " + type.getSimpleName() + " rejected the row: " + cause, cause);
        } catch (IllegalAccessException | InstantiationException e) {
            throw new InterfaceException("cannot call the constructor of record " + type.getName()
                    + ": make the record public, or open its package to io.sqlwire.core", e);
        }
    }

    private static Plan plan(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        String[] names = new String[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            names[i] = components[i].getName();
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            // a record nested in a test or a non-public record works when its module lets us in;
            // when it does not, construct() reports the IllegalAccessException clearly
            constructor.trySetAccessible();
            return new Plan(names, types, constructor);
        } catch (NoSuchMethodException e) {
            throw new InterfaceException("record " + type.getName() + " has no canonical constructor", e);
        }
    }

    static int[] bind(Plan plan, ResultColumns columns) {
        int[] binding = new int[plan.names().length];
        for (int i = 0; i < binding.length; i++) {
            String component = plan.names()[i];
            int column = columns.indexOf(component);
            if (column < 0) {
                column = loose(component, columns);
            }
            if (column < 0) {
                throw new InterfaceException("record " + plan.constructor().getDeclaringClass().getSimpleName()
                        + ": component \"" + component + "\" has no column; columns: " + columns.names());
            }
            binding[i] = column;
        }
        return binding;
    }

    private static int loose(String component, ResultColumns columns) {
        String want = squash(component);
        for (int i = 0; i < columns.size(); i++) {
            if (squash(columns.name(i)).equals(want)) {
                return i;
            }
        }
        return -1;
    }

    private static String squash(String name) {
        return ResultColumns.fold(name.replace("_", ""));
    }
}
