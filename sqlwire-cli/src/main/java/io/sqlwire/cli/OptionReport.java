package io.sqlwire.cli;

import io.sqlwire.ConnectOptions;
import io.sqlwire.HostSpec;
import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;

/** The resolved options of a connection string, as {@code sqlwire doctor} shows them; secrets are masked. */
final class OptionReport {

    private OptionReport() {
    }

    static void print(PrintStream out, String dsn, ConnectOptions options) {
        Map<String, String> rows = new TreeMap<>();
        rows.put("backend", options.backend());
        if (!options.hosts().isEmpty()) {
            rows.put("hosts", String.join(",", options.hosts().stream().map(HostSpec::toString).toList()));
        }
        putIfSet(rows, "user", options.user());
        putIfSet(rows, "password", options.password() == null ? null : options.password().toString());
        putIfSet(rows, "database", options.database());
        rows.putAll(options.options());
        options.secrets().forEach((k, v) -> rows.put(k, v.toString()));
        out.println("Options:");
        int width = rows.keySet().stream().mapToInt(String::length).max().orElse(0);
        rows.forEach((k, v) -> out.printf("  %-" + width + "s  %s%n", k, v));
    }

    private static void putIfSet(Map<String, String> rows, String key, String value) {
        if (value != null) {
            rows.put(key, value);
        }
    }
}
