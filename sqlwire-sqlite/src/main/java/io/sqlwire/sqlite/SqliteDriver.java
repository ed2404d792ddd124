package io.sqlwire.sqlite;

import io.sqlwire.ConnectOptions;
import io.sqlwire.Connection;
import io.sqlwire.spi.Driver;
import java.util.Set;

/**
 * The SQLite backend: {@code sqlite:path} or {@code sqlite::memory:}. Found by
 * {@link java.util.ServiceLoader}; see the package documentation for options and type mapping.
 */
public final class SqliteDriver implements Driver {

    static final String BACKEND = "sqlite";

    @Override
    public String backend() {
        return BACKEND;
    }

    @Override
    public Set<String> schemes() {
        return Set.of(BACKEND);
    }

    @Override
    public Connection connect(ConnectOptions options) {
        return SqliteConnection.open(options);
    }
}
