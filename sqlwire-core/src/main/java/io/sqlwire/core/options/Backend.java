package io.sqlwire.core.options;

import io.sqlwire.InvalidOptionException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The three backends, with the names and URI schemes that select them and their default ports. */
public enum Backend {
    POSTGRESQL("postgresql", 5432, List.of("postgresql", "postgres")),
    MYSQL("mysql", 3306, List.of("mysql", "mariadb")),
    SQLITE("sqlite", 0, List.of("sqlite"));

    private final String canonicalName;
    private final int defaultPort;
    private final List<String> schemes;

    Backend(String canonicalName, int defaultPort, List<String> schemes) {
        this.canonicalName = canonicalName;
        this.defaultPort = defaultPort;
        this.schemes = schemes;
    }

    /** The name used in {@link io.sqlwire.ConnectOptions#backend()}: {@code postgresql}, {@code mysql} or {@code sqlite}. */
    public String canonicalName() {
        return canonicalName;
    }

    /** The TCP port used when none is given; 0 for SQLite. */
    public int defaultPort() {
        return defaultPort;
    }

    /** The URI schemes (and backend names) that select this backend. */
    public List<String> schemes() {
        return schemes;
    }

    /** The backend for a canonical name or scheme, ignoring case. */
    public static Optional<Backend> byName(String nameOrScheme) {
        if (nameOrScheme == null) {
            return Optional.empty();
        }
        String n = nameOrScheme.toLowerCase(Locale.ROOT);
        for (Backend b : values()) {
            if (b.schemes.contains(n)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /**
     * The backend for a canonical name or scheme.
     *
     * @throws InvalidOptionException listing the accepted names when there is none
     */
    public static Backend of(String nameOrScheme) {
        return byName(nameOrScheme).orElseThrow(() -> new InvalidOptionException("backend",
                "unknown backend \"" + nameOrScheme + "\": expected one of " + String.join(", ", allNames())));
    }

    /** Every accepted backend name and scheme, in a stable order. */
    public static List<String> allNames() {
        return List.of("postgresql", "postgres", "mysql", "mariadb", "sqlite");
    }

    @Override
    public String toString() {
        return canonicalName;
    }
}
