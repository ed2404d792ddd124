package io.sqlwire.core.options;

import io.sqlwire.InvalidOptionException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves raw values with libpq's precedence: explicit, then service file (for MySQL the option
 * file), then environment variable, then default (defaults are not stored; {@link Option#get} applies them).
 */
final class Resolver {

    private final Environment env;

    Resolver(Environment env) {
        this.env = env;
    }

    Resolution resolve(ParsedDsn dsn, String origin) {
        Map<Option<?>, Object> raw = new LinkedHashMap<>();
        dsn.values().forEach((k, v) -> raw.put(OptionTable.lookup(k), v));
        Object backendValue = raw.remove(CoreOptions.BACKEND);
        String chosen = chooseBackend(dsn, backendValue, raw.keySet());
        Backend backend = Backend.of(chosen);

        Layer explicit = new Layer(backend, Source.EXPLICIT);
        boolean stated = dsn.backend() != null || backendValue != null;
        explicit.settings().put(CoreOptions.BACKEND, new Setting(backend.canonicalName(), null,
                stated ? Source.EXPLICIT : Source.DEFAULT, stated ? origin : "inferred from the options given"));
        if (chosen.equalsIgnoreCase("mariadb") && !raw.containsKey(MysqlOptions.FLAVOR)) {
            explicit.put(MysqlOptions.FLAVOR, "mariadb", origin);
        }
        raw.forEach((row, value) -> explicit.put(row, value, origin));
        explicit.fold();

        Layer environment = environmentLayer(backend);
        Layer service = serviceLayer(backend, explicit, environment);
        Layer optionFile = MyCnfFile.layer(backend, explicit, env);
        Map<Option<?>, Setting> merged = new LinkedHashMap<>();
        for (Option<?> row : OptionTable.all()) {
            for (Layer layer : new Layer[] {explicit, service, optionFile, environment}) {
                Setting s = layer.get(row);
                if (s != null) {
                    merged.put(row, s);
                    break;
                }
            }
        }
        crossChecks(backend, merged);
        Resolution r = new Resolution(backend, merged);
        r.toConnectOptions(); // host/port pairing errors surface here, not at connect time
        return r;
    }

    // URI scheme or builder backend > backend key > the kv default (postgresql) > inference from the keys
    private static String chooseBackend(ParsedDsn dsn, Object backendValue, Set<Option<?>> keys) {
        String given = backendValue == null ? null
                : CoreOptions.BACKEND.type().canonical(CoreOptions.BACKEND.name(), backendValue);
        if (dsn.backend() != null) {
            Backend hinted = Backend.of(dsn.backend());
            if (dsn.fixed()) {
                if (given != null && Backend.of(given) != hinted) {
                    throw new InvalidOptionException("backend", "backend=" + given + " conflicts with backend "
                            + hinted + " chosen by \"" + dsn.backend() + "\"");
                }
                return dsn.backend();
            }
            return given != null ? given : dsn.backend();
        }
        return given != null ? given : infer(keys);
    }

    private static String infer(Set<Option<?>> keys) {
        Set<String> votes = new TreeSet<>();
        boolean network = false;
        for (Option<?> row : keys) {
            if (row.backends().size() == 1) {
                votes.add(row.backends().iterator().next().canonicalName());
            }
            network |= !row.appliesTo(Backend.SQLITE);
        }
        if (votes.size() > 1) {
            throw new InvalidOptionException("backend", "cannot tell the backend: options for " + String.join(" and ", votes)
                    + " were given; set backend");
        }
        if (votes.size() == 1) {
            return votes.iterator().next();
        }
        // a host, user or password means a server; key=value strings default to postgresql too
        return network ? Backend.POSTGRESQL.canonicalName() : Backend.SQLITE.canonicalName();
    }

    private Layer environmentLayer(Backend backend) {
        Layer layer = new Layer(backend, Source.ENV);
        for (Option<?> row : OptionTable.forBackend(backend)) {
            row.envVar(backend).ifPresent(var -> env.get(var).ifPresent(v -> layer.put(row, v, "environment variable " + var)));
        }
        layer.fold();
        return layer;
    }

    private Layer serviceLayer(Backend backend, Layer explicit, Layer environment) {
        Layer layer = new Layer(backend, Source.SERVICE_FILE);
        Setting named = explicit.get(PostgresOptions.SERVICE);
        if (named == null) {
            named = environment.get(PostgresOptions.SERVICE);
        }
        if (named == null) {
            return layer;
        }
        ServiceFile.Section section = ServiceFile.find(named.text(), env);
        for (ServiceFile.Entry e : section.entries()) {
            String origin = "service \"" + section.service() + "\" in " + section.file() + " line " + e.line();
            Option<?> row;
            try {
                row = OptionTable.lookup(e.key());
            } catch (InvalidOptionException ex) {
                throw new InvalidOptionException(ex.option(), ex.getMessage() + " (in " + origin + ")", ex);
            }
            if (row == PostgresOptions.SERVICE || row == CoreOptions.BACKEND) {
                throw new InvalidOptionException(row.name(), "\"" + e.key() + "\" is not allowed in a service file ("
                        + origin + ")");
            }
            layer.put(row, e.value(), origin);
        }
        layer.fold();
        return layer;
    }

    // libpq's rules that involve two options
    private static void crossChecks(Backend backend, Map<Option<?>, Setting> merged) {
        Setting root = merged.get(TlsOptions.SSLROOTCERT);
        Setting mode = merged.get(TlsOptions.SSLMODE);
        if (root != null && root.text().equals("system")) {
            if (mode == null) {
                mode = new Setting("verify-full", null, root.source(), root.origin() + ", implied by sslrootcert=system");
                merged.put(TlsOptions.SSLMODE, mode);
            } else if (!mode.text().equals("verify-full")) {
                throw new InvalidOptionException("sslmode", "sslmode=" + mode.text()
                        + " is too weak for sslrootcert=system (use verify-full)");
            }
        }
        Setting negotiation = merged.get(TlsOptions.SSLNEGOTIATION);
        String effectiveMode = mode != null ? mode.text() : TlsOptions.SSLMODE.defaultText(backend);
        if (negotiation != null && negotiation.text().equals("direct")
                && TlsOptions.SSLMODES.indexOf(effectiveMode) < TlsOptions.SSLMODES.indexOf("require")) {
            throw new InvalidOptionException("sslnegotiation", "sslnegotiation=direct needs sslmode require, verify-ca "
                    + "or verify-full (sslmode is " + effectiveMode + ")");
        }
    }
}
