package io.sqlwire.spi;

import io.sqlwire.ConnectOptions;
import io.sqlwire.Connection;
import java.util.Set;

/**
 * A backend: PostgreSQL, MySQL/MariaDB or SQLite. Backends are found with
 * {@link java.util.ServiceLoader} and chosen by {@link ConnectOptions#backend()}.
 */
public interface Driver {

    /** The canonical backend name, as in {@link ConnectOptions#backend()}. */
    String backend();

    /** The URI schemes this backend answers to, e.g. {@code postgresql} and {@code postgres}. */
    Set<String> schemes();

    /** Opens a connection; the blocking call honours the connect timeout in the options. */
    Connection connect(ConnectOptions options);

    /**
     * Checks that a server answers, as {@code sqlwire ping} does, and returns a one-line
     * description of it (backend and version). Backends may answer without logging in, as
     * {@code pg_isready} does; the default opens a connection and pings it.
     *
     * @throws io.sqlwire.OperationalException naming each host tried and why it failed
     */
    default String probe(ConnectOptions options) {
        try (Connection c = connect(options)) {
            c.ping();
            return backend() + " " + c.serverVersion();
        }
    }
}
