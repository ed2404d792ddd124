package io.sqlwire.cli;

import io.sqlwire.ConnectOptions;
import java.util.Locale;
import java.util.Map;

/** Which database a command talks to, and how the CLI opens it. */
final class Dsn {
    static final String ENV = "DATABASE_URL";
    static final String DEFAULT = "sqlite::memory:";

    private Dsn() {
    }

    /** The connection string given, else {@code $DATABASE_URL} when set and not blank, else {@value #DEFAULT}. */
    static String choose(String given, Map<String, String> env) {
        if (given != null) {
            return given;
        }
        String fromEnv = env.get(ENV);
        return fromEnv == null || fromEnv.isBlank() ? DEFAULT : fromEnv;
    }

    /**
     * The autocommit mode for the shell: off with --no-autocommit, else what the connection
     * string says when it sets {@code autocommit}, else on.
     */
    static boolean autocommit(ConnectOptions options, boolean noAutocommit) {
        if (noAutocommit) {
            return false;
        }
        return options.option("autocommit")
                .map(v -> switch (v.trim().toLowerCase(Locale.ROOT)) {
                    case "false", "off", "no", "0" -> false;
                    default -> true;
                })
                .orElse(true);
    }
}
