package io.sqlwire.core.transport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the harness env file (KEY=VALUE lines) named by -Dsqlwire.harness.env or
 * $SQLWIRE_HARNESS_ENV. Core's tests cannot use io.sqlwire.testkit.Harness, because the testkit
 * depends on core; every other module's tests use the testkit.
 */
final class HarnessEnv {
    private static final Map<String, String> VALUES = load();

    private HarnessEnv() {
    }

    static String get(String key) {
        String v = VALUES.get(key);
        if (v == null || v.isEmpty()) {
            throw new IllegalStateException(key + " missing from the harness env file");
        }
        return v;
    }

    static int port(String key) {
        return Integer.parseInt(get(key));
    }

    private static Map<String, String> load() {
        String file = System.getProperty("sqlwire.harness.env", System.getenv("SQLWIRE_HARNESS_ENV"));
        if (file == null || !Files.isReadable(Path.of(file))) {
            throw new IllegalStateException("harness env file not found (" + file + "): start the harness and pass "
                    + "-Dsqlwire.harness.env=/path/to/harness.env");
        }
        Map<String, String> out = new HashMap<>();
        try {
            for (String line : Files.readAllLines(Path.of(file))) {
                int eq = line.indexOf('=');
                if (!line.startsWith("#") && eq > 0) {
                    out.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim().replaceAll("^\"|\"$", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
