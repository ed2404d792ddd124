package io.sqlwire.postgres;

import io.sqlwire.ConnectOptions;
import io.sqlwire.Connection;
import io.sqlwire.NotSupportedException;
import io.sqlwire.spi.Driver;
import java.util.Set;

/**
 * The PostgreSQL backend ({@code postgresql://}, {@code postgres://}). Found with
 * {@link java.util.ServiceLoader}; use it through {@link io.sqlwire.Sqlwire}.
 */
public final class PgDriver implements Driver {

    /** The default port of a PostgreSQL server. */
    public static final int DEFAULT_PORT = 5432;

    /** For {@link java.util.ServiceLoader}; applications go through {@link io.sqlwire.Sqlwire}. */
    public PgDriver() {
    }

    @Override
    public String backend() {
        return "postgresql";
    }

    @Override
    public Set<String> schemes() {
        return Set.of("postgresql", "postgres");
    }

    /** Not yet: the query protocol comes in a later version. */
    @Override
    public Connection connect(ConnectOptions options) {
        throw new NotSupportedException("the PostgreSQL query protocol is not implemented yet; `sqlwire ping` works");
    }

    /**
     * Checks that a PostgreSQL server listens, as {@code pg_isready} does, without logging in: it
     * sends an SSLRequest to each host in turn (TCP or Unix socket) and takes the one-byte answer as
     * proof. Returns e.g. {@code postgresql 127.0.0.1:5432 accepting connections (SSL available)}.
     *
     * @throws io.sqlwire.OperationalException naming every host tried and why it failed
     */
    @Override
    public String probe(ConnectOptions options) {
        return PgProbe.probe(options);
    }
}
