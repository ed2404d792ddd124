package io.sqlwire.core.options;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The process environment as the option resolver sees it: environment variables, the home
 * directory (for {@code ~/.pg_service.conf}) and the system configuration directory (for
 * {@code pg_service.conf} when {@code PGSYSCONFDIR} is not set). Tests build their own instead of
 * touching the real environment.
 *
 * @param variables environment variables; an empty value counts as unset, as in libpq
 * @param home the user's home directory, or {@code null}
 * @param sysConfDir the directory of the system-wide service file, or {@code null}
 * @param myCnfSystemFile the system-wide MySQL option file read when only {@code read_default_group}
 *     is given ({@code /etc/mysql/my.cnf} for the real environment), or {@code null}
 */
public record Environment(Map<String, String> variables, Path home, Path sysConfDir, Path myCnfSystemFile) {

    public Environment {
        variables = Map.copyOf(variables);
    }

    /** An environment without a system-wide MySQL option file. */
    public Environment(Map<String, String> variables, Path home, Path sysConfDir) {
        this(variables, home, sysConfDir, null);
    }

    /** The real environment of this process. */
    public static Environment system() {
        String home = System.getProperty("user.home");
        return new Environment(System.getenv(), home == null ? null : Path.of(home), defaultSysConfDir(),
                Path.of("/etc/mysql/my.cnf"));
    }

    /** Only the given variables and home directory; no system configuration directory or option file. */
    public static Environment of(Map<String, String> variables, Path home) {
        return new Environment(variables, home, null);
    }

    /** No variables, no home directory: only explicit values and defaults apply. */
    public static Environment empty() {
        return new Environment(Map.of(), null, null);
    }

    /** The value of a variable, empty when it is unset or empty. */
    public Optional<String> get(String name) {
        String v = variables.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    // libpq's compiled-in sysconfdir differs by packaging; these are the Debian and Red Hat ones
    private static Path defaultSysConfDir() {
        for (String dir : new String[] {"/etc/postgresql-common", "/etc/sysconfig/pgsql"}) {
            Path p = Path.of(dir);
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }
}
