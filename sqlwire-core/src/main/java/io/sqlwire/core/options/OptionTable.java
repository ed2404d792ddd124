package io.sqlwire.core.options;

import io.sqlwire.InvalidOptionException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one table of connection options. Every option sqlwire knows is a row here, in documentation
 * order; connection strings, the builder, service files, environment variables and the generated
 * reference ({@code docs/options.md}) all go through it.
 *
 * <p>Names and aliases are matched exactly first, then ignoring case.
 */
public final class OptionTable {

    private static final List<Option<?>> ROWS = Stream.of(CoreOptions.ROWS, TlsOptions.ROWS, PostgresOptions.ROWS,
            MysqlOptions.ROWS, SqliteOptions.ROWS).flatMap(List::stream).toList();

    private static final Map<String, Option<?>> EXACT = new HashMap<>();
    private static final Map<String, Option<?>> IGNORING_CASE = new HashMap<>();

    static {
        for (Option<?> row : ROWS) {
            Stream.concat(Stream.of(row.name()), row.aliases().stream()).forEach(n -> {
                register(EXACT, n, row);
                register(IGNORING_CASE, n.toLowerCase(Locale.ROOT), row);
            });
        }
    }

    private OptionTable() {
    }

    private static void register(Map<String, Option<?>> map, String key, Option<?> row) {
        Option<?> old = map.putIfAbsent(key, row);
        if (old != null && old != row) {
            throw new IllegalStateException("option name \"" + key + "\" is used by both " + old + " and " + row);
        }
    }

    /** Every row, in documentation order. */
    public static List<Option<?>> all() {
        return ROWS;
    }

    /** The rows that apply to a backend, in documentation order. */
    public static List<Option<?>> forBackend(Backend backend) {
        return ROWS.stream().filter(r -> r.appliesTo(backend)).toList();
    }

    /** The row with this name or alias (exact, else ignoring case). */
    public static Optional<Option<?>> find(String nameOrAlias) {
        Option<?> row = EXACT.get(nameOrAlias);
        if (row == null && nameOrAlias != null) {
            row = IGNORING_CASE.get(nameOrAlias.toLowerCase(Locale.ROOT));
        }
        return Optional.ofNullable(row);
    }

    /**
     * The row with this name or alias.
     *
     * @throws InvalidOptionException {@code unknown option "x" (did you mean y?)} when there is none
     */
    public static Option<?> lookup(String nameOrAlias) {
        return find(nameOrAlias).orElseThrow(() -> new InvalidOptionException(nameOrAlias,
                "unknown option \"" + nameOrAlias + "\"" + suggest(nameOrAlias).map(s -> " (did you mean " + s + "?)").orElse("")));
    }

    /** The name or alias nearest to an unknown one, when it is close enough to be a typo. */
    public static Optional<String> suggest(String unknown) {
        if (unknown == null || unknown.isEmpty()) {
            return Optional.empty();
        }
        String u = unknown.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, Math.min(3, u.length() / 4));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : EXACT.keySet().stream().sorted().toList()) {
            int d = distance(u, name.toLowerCase(Locale.ROOT));
            // prefer the canonical name when an alias is equally close
            if (d < bestDistance || d == bestDistance && lookup0(name).name().equals(name)) {
                best = name;
                bestDistance = d;
            }
        }
        return bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    private static Option<?> lookup0(String name) {
        return EXACT.get(name);
    }

    /**
     * Resolves a connection string against the real environment and explains every option that
     * applies to its backend: the value (secrets masked) and where it came from. This is what
     * {@code sqlwire doctor} prints.
     *
     * @throws InvalidOptionException when the string cannot be used
     */
    public static List<ResolvedOption> explain(String dsn) {
        return new SqlwireOptionResolver().explain(dsn);
    }

    /** As {@link #explain(String)}, with the given environment instead of the process's. */
    public static List<ResolvedOption> explain(String dsn, Environment env) {
        return new SqlwireOptionResolver(env).explain(dsn);
    }

    // Optimal string alignment distance: Levenshtein plus adjacent transpositions ("prot" -> "port" is 1)
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
