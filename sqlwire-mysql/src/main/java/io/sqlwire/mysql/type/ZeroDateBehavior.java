package io.sqlwire.mysql.type;

import io.sqlwire.ConnectOptions;
import io.sqlwire.core.options.MysqlOptions;
import java.util.Locale;

/**
 * What a zero date ({@code 0000-00-00}, {@code 0000-00-00 00:00:00}) or a date with a zero month
 * or day ({@code 2024-00-15}, allowed without NO_ZERO_IN_DATE) decodes to: option
 * {@code zero_date_behavior}. None of them crashes on such a value.
 */
public enum ZeroDateBehavior {
    /** SQL NULL: the column value is {@code null} (the default, as in MariaDB Connector/Python). */
    NULL,
    /** A {@link io.sqlwire.DataException} naming the column type and the value. */
    EXCEPTION,
    /** Zero parts become 1: {@code 0000-00-00} gives {@code 0001-01-01}, {@code 2024-00-15} gives {@code 2024-01-15}. */
    ROUND;

    /** The behaviour {@code options} ask for ({@code zero_date_behavior}), {@link #NULL} when unset. */
    public static ZeroDateBehavior fromOptions(ConnectOptions options) {
        String v = MysqlOptions.ZERO_DATE_BEHAVIOR.get(options);
        return v == null ? NULL : valueOf(v.toUpperCase(Locale.ROOT));
    }
}
