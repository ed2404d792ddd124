package io.sqlwire;

import io.sqlwire.spi.OptionResolver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Everything needed to open a connection, resolved and validated: the backend, the hosts in the
 * order they are tried, the identity, and every other option under its canonical name.
 *
 * <p>Instances come from {@link #parse(String)} or {@link #builder()}. Both go through the same
 * option table, so a key accepted in a connection string is accepted by the builder and the other
 * way round. Values are resolved with libpq's precedence: explicit, then service file, then
 * environment variable, then default. Only options that were set by one of the first three
 * appear in {@link #options()}; defaults are applied by the backend that reads them.
 *
 * <p>Passwords and other secrets are held as {@link Secret}s, so {@code toString()} never shows
 * them.
 *
 * @param backend canonical backend name: {@code postgresql}, {@code mysql} or {@code sqlite}
 * @param hosts the servers to try, in order; empty for SQLite
 * @param user the user name, or {@code null} for the backend's default
 * @param password the password, or {@code null}
 * @param database the database (for SQLite: the file path or {@code :memory:}), or {@code null}
 * @param options every other option that was set, canonical name to canonical text value
 * @param secrets options whose values are secret (such as {@code sslpassword}), canonical name to value
 */
public record ConnectOptions(
        String backend,
        List<HostSpec> hosts,
        String user,
        Secret password,
        String database,
        Map<String, String> options,
        Map<String, Secret> secrets) {

    private static volatile OptionResolver cachedResolver;

    public ConnectOptions {
        Objects.requireNonNull(backend, "backend");
        hosts = List.copyOf(hosts);
        options = Map.copyOf(options);
        secrets = Map.copyOf(secrets);
    }

    /**
     * Parses a connection string: a URI ({@code postgresql://}, {@code postgres://},
     * {@code mysql://}, {@code mariadb://}, {@code sqlite:}) or a libpq {@code key=value} string.
     *
     * @throws InvalidOptionException naming the bad part when the string cannot be used
     */
    public static ConnectOptions parse(String dsn) {
        return resolver().parse(dsn);
    }

    /** A builder for options set in code; see {@link Builder}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from these options. */
    public Builder toBuilder() {
        Builder b = new Builder().backend(backend).user(user).database(database);
        hosts.forEach(h -> b.host(h.host(), h.port()));
        b.password = password;
        b.values.putAll(options);
        secrets.forEach((k, v) -> b.values.put(k, v));
        return b;
    }

    /** The canonical text value of an option, if it was set. */
    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** The value of a secret option, if it was set. */
    public Optional<Secret> secret(String name) {
        return Optional.ofNullable(secrets.get(name));
    }

    /** The first host, or {@code null} for SQLite. */
    public HostSpec primaryHost() {
        return hosts.isEmpty() ? null : hosts.get(0);
    }

    /**
     * The one resolver, looked up once: a ServiceLoader scan reads every provider file on the
     * class path and cost more than the parse itself. Two threads racing here both find the same
     * provider, so the race is benign; the resolver reads the environment on each call, so caching
     * it freezes nothing.
     */
    static OptionResolver resolver() {
        OptionResolver r = cachedResolver;
        if (r == null) {
            r = ServiceLoader.load(OptionResolver.class, ConnectOptions.class.getClassLoader())
                    .findFirst()
                    .orElseThrow(() -> new InterfaceException(
                            "no option resolver found: put sqlwire-core on the class path or module path"));
            cachedResolver = r;
        }
        return r;
    }

    /**
     * Collects options set in code. Keys given to {@link #option(String, Object)} may be any name
     * or alias in the option table ({@code dbname}, {@code database} and {@code db} are the same
     * option). {@link #build()} validates everything and applies service-file and environment
     * values below the explicit ones.
     */
    public static final class Builder {
        private String backend;
        private final List<String> hostNames = new ArrayList<>();
        private final List<String> hostPorts = new ArrayList<>();
        private String user;
        private Secret password;
        private String database;
        private final Map<String, Object> values = new LinkedHashMap<>();

        private Builder() {
        }

        /** {@code postgresql}, {@code mysql}, {@code mariadb} or {@code sqlite} (URI scheme names work too). */
        public Builder backend(String backend) {
            this.backend = backend;
            return this;
        }

        /** Adds a host to try, in order; the port is the {@code port} option or the backend's default. */
        public Builder host(String host) {
            hostNames.add(host);
            hostPorts.add("");
            return this;
        }

        /** Adds a host and port to try, in order. */
        public Builder host(String host, int port) {
            hostNames.add(host);
            hostPorts.add(Integer.toString(port));
            return this;
        }

        public Builder user(String user) {
            this.user = user;
            return this;
        }

        public Builder password(String password) {
            this.password = Secret.of(password);
            return this;
        }

        public Builder database(String database) {
            this.database = database;
            return this;
        }

        /** Sets any option by name or alias; the value is validated by {@link #build()}. */
        public Builder option(String name, Object value) {
            values.put(name, value);
            return this;
        }

        /**
         * Validates and resolves the options.
         *
         * @throws InvalidOptionException naming the bad option or value
         */
        public ConnectOptions build() {
            Map<String, Object> all = new LinkedHashMap<>(values);
            if (!hostNames.isEmpty()) {
                // the same comma lists a key=value string would give: an empty port item means the default
                all.put("host", String.join(",", hostNames));
                if (hostPorts.stream().anyMatch(p -> !p.isEmpty())) {
                    all.put("port", String.join(",", hostPorts));
                }
            }
            if (user != null) {
                all.put("user", user);
            }
            if (password != null) {
                all.put("password", password);
            }
            if (database != null) {
                all.put("dbname", database);
            }
            return resolver().resolve(backend, all);
        }
    }
}
