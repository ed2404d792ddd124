package io.sqlwire.mysql;

import io.sqlwire.ConnectOptions;
import io.sqlwire.Connection;
import io.sqlwire.spi.Driver;
import java.util.Set;

/**
 * The MySQL and MariaDB backend ({@code mysql://}, {@code mariadb://}). Found with
 * {@link java.util.ServiceLoader}; use it through {@link io.sqlwire.Sqlwire}.
 */
public final class MySqlDriver implements Driver {

    /** The default port of a MySQL or MariaDB server. */
    public static final int DEFAULT_PORT = 3306;

    /** For {@link java.util.ServiceLoader}; applications go through {@link io.sqlwire.Sqlwire}. */
    public MySqlDriver() {
    }

    @Override
    public String backend() {
        return "mysql";
    }

    @Override
    public Set<String> schemes() {
        return Set.of("mysql", "mariadb");
    }

    /**
     * Connects to the first acceptable host: TLS as {@code sslmode} says, login through the auth
     * plugins, then the session settings (autocommit off unless {@code autocommit=true},
     * {@code sql_mode}, {@code collation}, {@code init_command}).
     *
     * @throws io.sqlwire.OperationalException naming every host tried, or the refused login
     * @throws io.sqlwire.InvalidOptionException for a bad option
     */
    @Override
    public Connection connect(ConnectOptions options) {
        MySqlConnector connector = new MySqlConnector(options);
        return new MySqlConnection(options, connector, connector.open(connector.settings()));
    }

    /**
     * Checks that a MySQL or MariaDB server listens, without logging in: it reads the server's
     * greeting from each host in turn (TCP, or a Unix socket file) and reports its version, e.g.
     * {@code mysql 127.0.0.1:3306 accepting connections (MariaDB 10.11.19-MariaDB-0+deb12u1)}.
     * A server that refuses with an ERR packet (too many connections, host blocked) counts as failed.
     *
     * @throws io.sqlwire.OperationalException naming every host tried and why it failed
     */
    @Override
    public String probe(ConnectOptions options) {
        return MySqlProbe.probe(options);
    }
}
