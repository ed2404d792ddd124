package io.sqlwire.postgres;

import io.sqlwire.ConnectOptions;
import io.sqlwire.Connection;
import io.sqlwire.core.options.Environment;
import io.sqlwire.postgres.session.PgConnector;
import io.sqlwire.postgres.session.PgSession;
import io.sqlwire.spi.Driver;
import java.util.Set;
import java.util.function.Function;

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

    /**
     * Opens a session: hosts in order (or shuffled with load_balance_hosts=random), connect_timeout
     * per address, TLS per sslmode, login, target_session_attrs.
     *
     * @throws io.sqlwire.OperationalException naming every host tried and why it failed
     */
    @Override
    public Connection connect(ConnectOptions options) {
        Function<ConnectOptions, PgSession> opener = PgDriver::openSession;
        return new PgConnection(options, opener.apply(options), opener);
    }

    static PgSession openSession(ConnectOptions options) {
        return new PgConnector(options, Environment.system()).connect();
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
