package io.sqlwire.spi;

import io.sqlwire.ConnectOptions;
import java.util.Map;

/**
 * Turns connection strings and builder values into validated {@link ConnectOptions}. sqlwire-core
 * provides the one implementation, driven by its option table; it is found with
 * {@link java.util.ServiceLoader}.
 */
public interface OptionResolver {

    /** Parses a URI or {@code key=value} connection string. */
    ConnectOptions parse(String dsn);

    /**
     * Validates values set in code.
     *
     * @param backend the backend or scheme name, or {@code null} to infer it (SQLite when nothing says otherwise)
     * @param values option name or alias to value ({@link String}, {@link Number}, {@link Boolean},
     *     {@link java.time.Duration}, {@link io.sqlwire.Secret}, or anything whose {@code toString()} is the text form);
     *     {@code host} and {@code port} may be comma lists, as in a connection string
     */
    ConnectOptions resolve(String backend, Map<String, Object> values);
}
