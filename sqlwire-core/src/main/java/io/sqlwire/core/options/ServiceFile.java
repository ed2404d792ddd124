package io.sqlwire.core.options;

import io.sqlwire.InvalidOptionException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL connection service files: INI sections {@code [name]} of {@code key=value} lines,
 * {@code #} comments. The per-user file ({@code PGSERVICEFILE}, else {@code ~/.pg_service.conf})
 * is searched first and wins; then {@code pg_service.conf} in {@code PGSYSCONFDIR} (else the
 * environment's system configuration directory).
 */
final class ServiceFile {

    /** One {@code key=value} line of a section. */
    record Entry(String key, String value, int line) {
    }

    /** The section found for a service. */
    record Section(Path file, String service, List<Entry> entries) {
    }

    private ServiceFile() {
    }

    /** The files searched, in order; missing ones are skipped. */
    static List<Path> candidates(Environment env) {
        List<Path> files = new ArrayList<>();
        env.get("PGSERVICEFILE").map(Path::of)
                .or(() -> Optional.ofNullable(env.home()).map(h -> h.resolve(".pg_service.conf")))
                .ifPresent(files::add);
        env.get("PGSYSCONFDIR").map(Path::of).or(() -> Optional.ofNullable(env.sysConfDir()))
                .map(d -> d.resolve("pg_service.conf")).ifPresent(files::add);
        return files;
    }

    /**
     * The section of the first file that defines the service.
     *
     * @throws InvalidOptionException when no file defines it, or a file cannot be read or parsed
     */
    static Section find(String service, Environment env) {
        List<Path> files = candidates(env);
        for (Path f : files) {
            if (Files.isRegularFile(f)) {
                Optional<Section> s = read(f, service);
                if (s.isPresent()) {
                    return s.get();
                }
            }
        }
        throw new InvalidOptionException("service", "service \"" + service + "\" not found"
                + (files.isEmpty() ? " (no service file: set PGSERVICEFILE)"
                        : " in " + String.join(", ", files.stream().map(Path::toString).toList())));
    }

    static Optional<Section> read(Path file, String service) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidOptionException("service", "cannot read service file " + file + ": " + e.getMessage(), e);
        }
        List<Entry> entries = null;
        for (int n = 1; n <= lines.size(); n++) {
            String t = lines.get(n - 1).strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (t.startsWith("[")) {
                if (entries != null) {
                    break;
                }
                if (!t.endsWith("]")) {
                    throw syntax(file, n, "missing \"]\"");
                }
                if (t.substring(1, t.length() - 1).strip().equals(service)) {
                    entries = new ArrayList<>();
                }
                continue;
            }
            if (entries != null) {
                int eq = t.indexOf('=');
                if (eq <= 0) {
                    throw syntax(file, n, "expected key=value");
                }
                entries.add(new Entry(t.substring(0, eq).strip(), t.substring(eq + 1).strip(), n));
            }
        }
        return Optional.ofNullable(entries).map(e -> new Section(file, service, List.copyOf(e)));
    }

    private static InvalidOptionException syntax(Path file, int line, String what) {
        // the line itself is not echoed: it may hold a password
        return new InvalidOptionException("service", "syntax error in service file " + file + " line " + line + ": " + what);
    }
}
