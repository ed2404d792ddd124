package io.sqlwire.core.options;

import io.sqlwire.ConnectOptions;
import io.sqlwire.spi.OptionResolver;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * sqlwire's one {@link OptionResolver}, driven by the {@link OptionTable}. Found by
 * {@link java.util.ServiceLoader} for {@link ConnectOptions#parse(String)} and the builder; tests
 * construct it with a fake {@link Environment}.
 */
public final class SqlwireOptionResolver implements OptionResolver {

    private final Supplier<Environment> env;

    /** Reads the process's environment variables and home directory. */
    public SqlwireOptionResolver() {
        this.env = Environment::system;
    }

    /** Uses the given environment instead of the process's. */
    public SqlwireOptionResolver(Environment env) {
        this.env = () -> env;
    }

    @Override
    public ConnectOptions parse(String dsn) {
        return resolution(dsn).toConnectOptions();
    }

    @Override
    public ConnectOptions resolve(String backend, Map<String, Object> values) {
        return resolution(backend, values).toConnectOptions();
    }

    /** Every option that applies to the connection string's backend, with its value and source. */
    public List<ResolvedOption> explain(String dsn) {
        return resolution(dsn).explain();
    }

    /** As {@link #explain(String)}, for values set in code. */
    public List<ResolvedOption> explain(String backend, Map<String, Object> values) {
        return resolution(backend, values).explain();
    }

    private Resolution resolution(String dsn) {
        return new Resolver(env.get()).resolve(ParsedDsn.parse(dsn), "connection string");
    }

    private Resolution resolution(String backend, Map<String, Object> values) {
        return new Resolver(env.get()).resolve(ParsedDsn.ofValues(backend, values), "set in code");
    }
}
