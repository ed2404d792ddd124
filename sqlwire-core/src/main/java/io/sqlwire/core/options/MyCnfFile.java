package io.sqlwire.core.options;

import io.sqlwire.InvalidOptionException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * MySQL option files ({@code my.cnf}): {@code [group]} headers, {@code key=value} or bare
 * {@code key} lines (true for a boolean option, ignored for others), {@code #} and {@code ;} comments, {@code '...'} and {@code "..."}
 * values with backslash escapes, {@code !include file} and {@code !includedir dir} (its
 * {@code .cnf} files in name order). A file already read is not read again, which stops include
 * loops. Dashes and underscores in keys are the same. Escapes apply inside quotes only; an
 * unquoted value ends at a {@code #} that follows whitespace. A relative {@code !include} path is
 * taken from the including file's directory; a missing {@code !includedir} directory is skipped.
 *
 * <p>Which files: the one named by {@code read_default_file}, as Connector/Python does; with only
 * {@code read_default_group} given, the system file (for the real environment
 * {@code /etc/mysql/my.cnf}) and then {@code ~/.my.cnf}, so the user's file wins. Groups read:
 * {@code [client]}, {@code [client-server]}, {@code [client-mariadb]}, then
 * {@code read_default_group}, each later one winning.
 *
 * <p>Keys other programs use ({@code [client]} is shared with the mysql tools) are ignored; keys
 * that map to an option are validated like any other value, errors naming file, line and key.
 */
final class MyCnfFile {

    /** One value of a wanted group; {@code value} is {@code null} for a bare key. */
    record Entry(String key, String value, Path file, String group, int line) {
        String origin() {
            return "option file " + file + " [" + group + "] line " + line;
        }
    }

    static final List<String> CLIENT_GROUPS = List.of("client", "client-server", "client-mariadb");

    // option-file key (dashes as underscores) -> option table name
    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("host", "host"), Map.entry("port", "port"), Map.entry("user", "user"),
            Map.entry("password", "password"), Map.entry("passwd", "password"), Map.entry("database", "dbname"),
            Map.entry("socket", "unix_socket"), Map.entry("ssl_ca", "sslrootcert"), Map.entry("ssl_cert", "sslcert"),
            Map.entry("ssl_key", "sslkey"), Map.entry("ssl_mode", "sslmode"), Map.entry("ssl_crl", "sslcrl"),
            Map.entry("ssl_crlpath", "sslcrldir"), Map.entry("ssl_verify_server_cert", "ssl_verify_identity"),
            Map.entry("tls_version", "tls_version"), Map.entry("default_character_set", "charset"),
            Map.entry("init_command", "init_command"), Map.entry("connect_timeout", "connect_timeout"),
            Map.entry("read_timeout", "read_timeout"), Map.entry("write_timeout", "write_timeout"),
            Map.entry("compress", "compress"), Map.entry("local_infile", "local_infile"),
            Map.entry("default_auth", "auth_plugin"), Map.entry("server_public_key_path", "server_public_key"),
            Map.entry("enable_cleartext_plugin", "allow_cleartext_password"));

    private MyCnfFile() {
    }

    /**
     * The option-file layer for a MySQL connection: empty unless {@code read_default_file} or
     * {@code read_default_group} is set explicitly.
     */
    static Layer layer(Backend backend, Layer explicit, Environment env) {
        Layer layer = new Layer(backend, Source.OPTION_FILE);
        String file = explicit.text(MysqlOptions.READ_DEFAULT_FILE);
        String group = explicit.text(MysqlOptions.READ_DEFAULT_GROUP);
        if (backend != Backend.MYSQL || file == null && group == null) {
            return layer;
        }
        List<String> groups = new ArrayList<>(CLIENT_GROUPS);
        if (group != null && !groups.contains(group.strip().toLowerCase(Locale.ROOT))) {
            groups.add(group.strip().toLowerCase(Locale.ROOT));
        }
        List<Path> files = file != null ? List.of(Path.of(file)) : defaultFiles(env);
        for (Entry e : read(files, file != null, groups)) {
            String name = KEYS.get(e.key());
            if (name == null) {
                continue;
            }
            Option<?> row = OptionTable.lookup(name);
            if (e.value() == null && !(row.type() instanceof OptionType.Bool)) {
                continue; // a bare "password" asks the mysql tools to prompt; sqlwire never prompts
            }
            try {
                layer.put(row, e.value() == null ? "true" : e.value(), e.origin());
            } catch (InvalidOptionException ex) {
                throw new InvalidOptionException(ex.option(), ex.getMessage() + " (key \"" + e.key() + "\")", ex);
            }
        }
        layer.fold();
        return layer;
    }

    /** The files read when only a group is named: the system file, then the user's (which wins). */
    static List<Path> defaultFiles(Environment env) {
        List<Path> files = new ArrayList<>();
        Optional.ofNullable(env.myCnfSystemFile()).ifPresent(files::add);
        Optional.ofNullable(env.home()).map(h -> h.resolve(".my.cnf")).ifPresent(files::add);
        return files;
    }

    /**
     * The entries of the wanted groups, ordered so that the last one for a key wins: by group
     * (in the order given), then by file and line.
     *
     * @param required whether a missing file is an error (a file named by the user) or skipped
     */
    static List<Entry> read(List<Path> files, boolean required, List<String> groups) {
        List<Entry> all = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                if (required) {
                    throw new InvalidOptionException("read_default_file", "option file " + f + " does not exist");
                }
                continue;
            }
            readFile(f, groups, seen, all);
        }
        return all.stream().sorted(Comparator.comparingInt(e -> groups.indexOf(e.group()))).toList();
    }

    private static void readFile(Path file, List<String> groups, Set<Path> seen, List<Entry> out) {
        Path key = canonical(file);
        if (!seen.add(key)) {
            return; // already read: an include loop, or the same file twice
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidOptionException("read_default_file", "cannot read option file " + file + ": "
                    + e.getMessage(), e);
        }
        String group = null;
        for (int n = 1; n <= lines.size(); n++) {
            String t = lines.get(n - 1).strip();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith(";")) {
                continue;
            }
            if (t.startsWith("!")) {
                include(file, n, t, groups, seen, out);
            } else if (t.startsWith("[")) {
                int close = t.indexOf(']');
                if (close < 0) {
                    throw syntax(file, n, "missing \"]\"");
                }
                group = t.substring(1, close).strip().toLowerCase(Locale.ROOT);
            } else if (group == null) {
                throw syntax(file, n, "option before any [group]");
            } else if (groups.contains(group)) {
                out.add(entry(file, n, group, t));
            }
        }
    }

    private static void include(Path file, int n, String t, List<String> groups, Set<Path> seen, List<Entry> out) {
        boolean dir = t.startsWith("!includedir");
        if (!dir && !t.startsWith("!include")) {
            throw syntax(file, n, "unknown directive (expected !include or !includedir)");
        }
        String arg = t.substring(dir ? "!includedir".length() : "!include".length()).strip();
        if (arg.isEmpty()) {
            throw syntax(file, n, "missing path after " + (dir ? "!includedir" : "!include"));
        }
        Path base = file.toAbsolutePath().getParent();
        Path target = base == null ? Path.of(arg) : base.resolve(arg);
        if (!dir) {
            if (!Files.isRegularFile(target)) {
                throw syntax(file, n, "included file " + target + " does not exist");
            }
            readFile(target, groups, seen, out);
            return;
        }
        if (!Files.isDirectory(target)) {
            return; // MySQL skips a missing include directory
        }
        try (Stream<Path> s = Files.list(target)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".cnf") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                readFile(p, groups, seen, out);
            }
        } catch (IOException e) {
            throw new InvalidOptionException("read_default_file", "cannot list " + target + " (" + file + " line " + n
                    + "): " + e.getMessage(), e);
        }
    }

    private static Entry entry(Path file, int n, String group, String t) {
        int eq = t.indexOf('=');
        String rawKey = eq < 0 ? stripComment(t) : t.substring(0, eq).strip();
        if (rawKey.isEmpty()) {
            throw syntax(file, n, "missing key before \"=\"");
        }
        String key = rawKey.toLowerCase(Locale.ROOT).replace('-', '_');
        String value = eq < 0 ? null : value(file, n, t.substring(eq + 1).strip());
        return new Entry(key, value, file, group, n);
    }

    // the value's text is never echoed in errors: it may be a password
    private static String value(Path file, int n, String v) {
        if (v.isEmpty() || v.charAt(0) != '\'' && v.charAt(0) != '"') {
            return stripComment(v);
        }
        char quote = v.charAt(0);
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == quote) {
                String rest = v.substring(i + 1).strip();
                if (!rest.isEmpty() && rest.charAt(0) != '#' && rest.charAt(0) != ';') {
                    throw syntax(file, n, "text after the closing quote");
                }
                return sb.toString();
            }
            if (c == '\\' && i + 1 < v.length()) {
                char e = v.charAt(++i);
                sb.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case 'b' -> '\b';
                    case 's' -> ' ';
                    default -> e; // \\ \' \" and any other character stand for themselves
                });
            } else {
                sb.append(c);
            }
        }
        throw syntax(file, n, "missing closing " + quote);
    }

    // an unquoted value ends at a '#' that follows whitespace (so "pa#ss" keeps its '#')
    private static String stripComment(String v) {
        for (int i = 1; i < v.length(); i++) {
            if (v.charAt(i) == '#' && Character.isWhitespace(v.charAt(i - 1))) {
                return v.substring(0, i).strip();
            }
        }
        return v.strip();
    }

    private static Path canonical(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static InvalidOptionException syntax(Path file, int line, String what) {
        return new InvalidOptionException("read_default_file", "syntax error in option file " + file + " line "
                + line + ": " + what);
    }
}
