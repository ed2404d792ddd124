package io.sqlwire.mysql.type;

import java.time.Duration;
import java.time.LocalTime;

/**
 * The deliberate differences between sqlwire and MariaDB Connector/J {@code getObject}, each with
 * the reason that docs/mysql-types.md ("Differences from MariaDB Connector/J") gives. A difference
 * is accepted only when sqlwire's value is the documented one and Connector/J's is exactly what
 * the reason predicts.
 */
enum KnownDifference {
    TIME_FRACTION("Connector/J's java.sql.Time drops the fractional seconds of TIME(n); sqlwire's Duration keeps them") {
        @Override
        boolean matches(String typeName, Object jdbc, Object sqlwire) {
            return sqlwire instanceof Duration d && withinDay(d) && d.getNano() != 0 && wrapped(jdbc, d);
        }
    },
    TIME_OUTSIDE_DAY("a TIME is an interval (-838:59:59..838:59:59); Connector/J's java.sql.Time keeps it modulo"
            + " 24 h (838:59:59 becomes 22:59:59, -00:00:01 becomes 23:59:59); sqlwire's Duration is exact") {
        @Override
        boolean matches(String typeName, Object jdbc, Object sqlwire) {
            return sqlwire instanceof Duration d && !withinDay(d) && wrapped(jdbc, d);
        }
    },
    ZERO_IN_DATE("a date with a zero month or day ('2024-00-15', allowed without NO_ZERO_IN_DATE) is rolled by"
            + " Connector/J's lenient calendar to another day (2023-12-15); sqlwire treats it as a zero date:"
            + " null under the default zero_date_behavior=null") {
        @Override
        boolean matches(String typeName, Object jdbc, Object sqlwire) {
            return sqlwire == null && (jdbc instanceof java.sql.Date || jdbc instanceof java.sql.Timestamp);
        }
    };

    final String reason;

    KnownDifference(String reason) {
        this.reason = reason;
    }

    abstract boolean matches(String typeName, Object jdbc, Object sqlwire);

    static KnownDifference find(String typeName, Object jdbc, Object sqlwire) {
        for (KnownDifference d : values()) {
            if (d.matches(typeName, jdbc, sqlwire)) {
                return d;
            }
        }
        return null;
    }

    private static boolean withinDay(Duration d) {
        return !d.isNegative() && d.compareTo(Duration.ofDays(1)) < 0;
    }

    /** Connector/J's Time is the interval cut to whole seconds (towards zero), then taken modulo a day. */
    private static boolean wrapped(Object jdbc, Duration d) {
        long seconds = Math.floorMod(d.getSeconds() + (d.isNegative() && d.getNano() != 0 ? 1 : 0), 86_400L);
        return jdbc instanceof java.sql.Time t && t.toLocalTime().equals(LocalTime.ofSecondOfDay(seconds));
    }
}
