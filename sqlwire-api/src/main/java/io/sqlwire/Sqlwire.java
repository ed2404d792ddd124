package io.sqlwire;

import io.sqlwire.spi.Driver;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The entry point: opens connections.
 * <pre>{@code
 * try (Connection conn = Sqlwire.connect("postgresql://app@db1,db2/shop?target_session_attrs=read-write")) {
 *     Row row = conn.queryOne("select count(*) as n from orders where status = ?", "open");
 *     long n = row.get("n", Long.class);
 * }
 * }</pre>
 * Backends are found with {@link ServiceLoader}; put {@code sqlwire-postgres},
 * {@code sqlwire-mysql} or {@code sqlwire-sqlite} on the class path or module path.
 */
public final class Sqlwire {

    private Sqlwire() {
    }

    /**
     * Opens a connection from a connection string: a URI ({@code postgresql://...},
     * {@code mysql://...}, {@code mariadb://...}, {@code sqlite:path}) or a libpq
     * {@code key=value} string.
     *
     * @throws InvalidOptionException when the string cannot be used, naming the bad part
     * @throws OperationalException when no server could be reached or logged in to
     */
    public static Connection connect(String dsn) {
        return connect(ConnectOptions.parse(dsn));
    }

    /** Opens a connection with options built in code. */
    public static Connection connect(ConnectOptions options) {
        return driver(options.backend()).connect(options);
    }

    /** The backends found on the class path or module path. */
    public static List<Driver> drivers() {
        return ServiceLoader.load(Driver.class, Sqlwire.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .toList();
    }

    /**
     * The driver for a backend or URI scheme.
     *
     * @throws NotSupportedException when no module on the path provides it
     */
    public static Driver driver(String backendOrScheme) {
        for (Driver d : drivers()) {
            if (d.backend().equals(backendOrScheme) || d.schemes().contains(backendOrScheme)) {
                return d;
            }
        }
        throw new NotSupportedException("no driver for backend \"" + backendOrScheme
                + "\": add sqlwire-" + backendOrScheme + " to the class path or module path");
    }
}
