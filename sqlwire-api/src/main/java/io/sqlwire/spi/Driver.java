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
}
