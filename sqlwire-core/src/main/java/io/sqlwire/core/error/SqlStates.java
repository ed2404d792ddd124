package io.sqlwire.core.error;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lookups over the generated {@link SqlStateTable}, and the rule for which SQLSTATEs are
 * transient.
 */
public final class SqlStates {
    private static final Map<String, SqlStateClass> CLASSES;
    private static final Map<String, SqlStateInfo> STATES;

    static {
        Map<String, SqlStateClass> classes = new LinkedHashMap<>();
        for (String[] c : SqlStateTable.CLASSES) {
            classes.put(c[0], new SqlStateClass(c[0], c[1]));
        }
        Map<String, SqlStateInfo> states = new LinkedHashMap<>();
        for (String[] s : SqlStateTable.STATES) {
            SqlStateInfo.Outcome outcome = switch (s[1]) {
                case "S" -> SqlStateInfo.Outcome.SUCCESS;
                case "W" -> SqlStateInfo.Outcome.WARNING;
                default -> SqlStateInfo.Outcome.ERROR;
            };
            states.put(s[0], new SqlStateInfo(s[0], s[2], outcome, classes.get(s[0].substring(0, 2))));
        }
        CLASSES = Collections.unmodifiableMap(classes);
        STATES = Collections.unmodifiableMap(states);
    }

    private SqlStates() {
    }

    /** The SQLSTATE {@code code} as PostgreSQL defines it, or empty for a code it does not know. */
    public static Optional<SqlStateInfo> lookup(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(STATES.get(code));
    }

    /** The class of {@code sqlState} (its first two characters), or empty for an unknown class. */
    public static Optional<SqlStateClass> classOf(String sqlState) {
        if (sqlState == null || sqlState.length() < 2) {
            return Optional.empty();
        }
        return Optional.ofNullable(CLASSES.get(sqlState.substring(0, 2)));
    }

    /** Every known SQLSTATE, in class order. */
    public static List<SqlStateInfo> all() {
        return List.copyOf(STATES.values());
    }

    /** Every known SQLSTATE class, in order. */
    public static List<SqlStateClass> classes() {
        return List.copyOf(CLASSES.values());
    }

    /** The SQLSTATEs with the condition name {@code name}; a few names belong to two codes. */
    public static List<SqlStateInfo> byConditionName(String name) {
        List<SqlStateInfo> found = new ArrayList<>();
        for (SqlStateInfo info : STATES.values()) {
            if (info.conditionName().equals(name)) {
                found.add(info);
            }
        }
        return found;
    }

    /** {@code sqlState} with its condition name for messages, e.g. {@code 23505 (unique_violation)}. */
    public static String describe(String sqlState) {
        return lookup(sqlState).map(i -> sqlState + " (" + i.conditionName() + ")").orElse(String.valueOf(sqlState));
    }

    /**
     * Whether an error with {@code sqlState} may succeed when retried, possibly on a new
     * connection: serialization failures ({@code 40001}), deadlocks ({@code 40P01}), connection
     * errors (class {@code 08} except {@code 08P01} protocol_violation, which a retry repeats),
     * too many connections ({@code 53300}), a server shutting down or starting up
     * ({@code 57P01}, {@code 57P02}, {@code 57P03}) and a lock not available ({@code 55P03}).
     * A cancelled query ({@code 57014}) is transient only when {@code canceledByTimeout}: a
     * cancel the user asked for should not be retried.
     */
    public static boolean isTransient(String sqlState, boolean canceledByTimeout) {
        if (sqlState == null || sqlState.length() != 5) {
            return false;
        }
        return switch (sqlState) {
            case "40001", "40P01", "53300", "57P01", "57P02", "57P03", "55P03" -> true;
            case "57014" -> canceledByTimeout;
            case "08P01" -> false;
            default -> sqlState.startsWith("08");
        };
    }
}
