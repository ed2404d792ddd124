package io.sqlwire.core.options;

import io.sqlwire.ConnectOptions;
import io.sqlwire.HostSpec;
import io.sqlwire.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * libpq's password file ({@code passfile}, default {@code ~/.pgpass}): lines of
 * {@code host:port:database:user:password}, {@code *} matching anything in the first four fields,
 * {@code \:} and {@code \\} escaping, {@code #} starting a comment; the first matching line wins.
 * As in libpq, a file that group or others may read is ignored, and a Unix socket in a default
 * socket directory also matches {@code localhost}.
 */
public final class PassFile {

    private static final Set<String> DEFAULT_SOCKET_DIRS = Set.of("/tmp", "/var/run/postgresql", "/run/postgresql");

    private PassFile() {
    }

    /**
     * The password for one host of a connection, for a backend to call when no password was given.
     *
     * @param hostIndex the index of the host in {@link ConnectOptions#hosts()}
     * @param user the user actually logging in (the OS user when none was given)
     */
    public static Optional<Secret> lookup(ConnectOptions options, int hostIndex, String user, Environment env) {
        HostSpec host = options.hosts().get(hostIndex);
        String database = options.database() != null ? options.database() : user;
        return file(options, env).flatMap(f -> lookup(f, host, database, user));
    }

    /** The password file these options name, {@code ~} expanded; empty when there is no home directory. */
    public static Optional<Path> file(ConnectOptions options, Environment env) {
        String text = PostgresOptions.PASSFILE.get(options).toString();
        if (text.equals("~") || text.startsWith("~/")) {
            return Optional.ofNullable(env.home()).map(h -> text.length() <= 2 ? h : h.resolve(text.substring(2)));
        }
        return Optional.of(Path.of(text));
    }

    /** The password of the first line matching the host, port, database and user. */
    public static Optional<Secret> lookup(Path file, HostSpec host, String database, String user) {
        if (!Files.isRegularFile(file) || readableByOthers(file)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty(); // libpq also carries on without the file
        }
        List<String> hostNames = new ArrayList<>(List.of(host.host()));
        if (host.isUnixSocket() && DEFAULT_SOCKET_DIRS.contains(host.host())) {
            hostNames.add("localhost");
        }
        String port = Integer.toString(host.port());
        for (String line : lines) {
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> f = fields(line);
            if (f.size() == 5 && (f.get(0).equals("*") || hostNames.contains(f.get(0)))
                    && matches(f.get(1), port) && matches(f.get(2), database) && matches(f.get(3), user)) {
                return Optional.of(Secret.of(f.get(4)));
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String field, String value) {
        return field.equals("*") || field.equals(value);
    }

    // splits on unescaped ':' into at most five fields; the password is the rest of the line
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>(5);
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
            } else if (c == ':' && out.size() < 4) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private static boolean readableByOthers(Path file) {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return false;
        }
        try {
            Set<PosixFilePermission> p = view.readAttributes().permissions();
            return p.stream().anyMatch(x -> x.name().startsWith("GROUP_") || x.name().startsWith("OTHERS_"));
        } catch (IOException e) {
            return true;
        }
    }
}
