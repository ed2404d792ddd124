package io.sqlwire.core.options;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders the {@link OptionTable} as Markdown: the full reference in {@code docs/options.md} and
 * a short table for the README between {@code <!-- options:begin -->} and {@code <!-- options:end -->}.
 * {@code scripts/gen-option-docs.sh} runs {@link #main}; a unit test fails when either is stale.
 */
public final class OptionDocs {

    /** The command that regenerates the files, for messages. */
    public static final String REGENERATE = "scripts/gen-option-docs.sh";

    public static final String BEGIN = "<!-- options:begin -->";
    public static final String END = "<!-- options:end -->";

    private static final List<Option<?>> README_ROWS = List.of(CoreOptions.HOST, CoreOptions.PORT, CoreOptions.DBNAME,
            CoreOptions.USER, CoreOptions.PASSWORD, CoreOptions.CONNECT_TIMEOUT, TlsOptions.SSLMODE,
            PostgresOptions.TARGET_SESSION_ATTRS, CoreOptions.AUTOCOMMIT, CoreOptions.APPLICATION_NAME);

    private OptionDocs() {
    }

    /**
     * Writes the reference to {@code args[0]} and, when {@code args[1]} names an existing file with
     * the markers, replaces the text between them.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: OptionDocs <docs/options.md> [README.md]");
            System.exit(2);
        }
        Path docs = Path.of(args[0]);
        if (docs.getParent() != null) {
            Files.createDirectories(docs.getParent());
        }
        Files.writeString(docs, render(), StandardCharsets.UTF_8);
        if (args.length > 1 && Files.isRegularFile(Path.of(args[1]))) {
            Path readme = Path.of(args[1]);
            String text = Files.readString(readme, StandardCharsets.UTF_8);
            String updated = replaceBlock(text, renderReadmeBlock());
            if (!updated.equals(text)) {
                Files.writeString(readme, updated, StandardCharsets.UTF_8);
            }
        }
    }

    /** The full reference: every row, grouped by {@link OptionGroup}. */
    public static String render() {
        StringBuilder md = new StringBuilder();
        md.append("# Connection options\n\n")
                .append("<!-- Generated from the option table (io.sqlwire.core.options) by ").append(REGENERATE)
                .append(". Do not edit by hand. -->\n\n")
                .append("Every option can be given in a URI query (`postgresql://db1/shop?connect_timeout=5`), in a\n")
                .append("libpq `key=value` string (`host=db1 dbname=shop connect_timeout=5`) or in code\n")
                .append("(`ConnectOptions.builder().option(\"connect_timeout\", Duration.ofSeconds(5))`), under its name or\n")
                .append("any alias (names are matched exactly, then ignoring case). Values are resolved as libpq does: a\n")
                .append("value given explicitly wins over one from the service file, which wins over the environment\n")
                .append("variable, which wins over the default. An option given to a backend it does not apply to is an\n")
                .append("error. Booleans accept `true`/`false`, `1`/`0`, `yes`/`no` and `on`/`off`.\n\n")
                .append("Connection strings: `postgresql://` (or `postgres://`), `mysql://`, `mariadb://` (MySQL backend,\n")
                .append("`flavor=mariadb`) and `sqlite:` URIs, e.g. `sqlite::memory:`, `sqlite:data/app.db`,\n")
                .append("`sqlite:///var/lib/app.db?mode=ro`. In a URI, `user:password@host1:port1,host2:port2/db`, IPv6\n")
                .append("literals in brackets and percent-encoded socket paths (`%2Fvar%2Frun%2Fpostgresql`) work as in\n")
                .append("libpq. A `key=value` string is for PostgreSQL unless it has `backend=mysql` or `backend=sqlite`.\n");
        for (OptionGroup group : OptionGroup.values()) {
            List<Option<?>> rows = OptionTable.all().stream().filter(r -> r.group() == group).toList();
            if (rows.isEmpty()) {
                continue;
            }
            md.append("\n## ").append(group.title()).append("\n\n").append(group.intro()).append("\n\n")
                    .append("| Option | Aliases | Type | Default | Environment | Backends | Description |\n")
                    .append("|---|---|---|---|---|---|---|\n");
            rows.forEach(r -> md.append(fullRow(r)));
        }
        return md.toString();
    }

    /** The README block: the options most connections need, and a pointer to the full reference. */
    public static String renderReadmeBlock() {
        StringBuilder md = new StringBuilder("\n| Option | Aliases | Default | Description |\n|---|---|---|---|\n");
        for (Option<?> r : README_ROWS) {
            md.append("| `").append(r.name()).append("` | ").append(aliases(r)).append(" | ").append(defaults(r))
                    .append(" | ").append(cell(r.doc())).append(" |\n");
        }
        md.append("\nAll ").append(OptionTable.all().size())
                .append(" options, with types and environment variables: [docs/options.md](docs/options.md).\n");
        return md.toString();
    }

    /** {@code text} with the part between the markers replaced; unchanged when a marker is missing. */
    public static String replaceBlock(String text, String block) {
        int b = text.indexOf(BEGIN);
        int e = text.indexOf(END);
        if (b < 0 || e < b) {
            return text;
        }
        return text.substring(0, b + BEGIN.length()) + block + text.substring(e);
    }

    /** The current text between the markers, or {@code null} when a marker is missing. */
    public static String currentBlock(String text) {
        int b = text.indexOf(BEGIN);
        int e = text.indexOf(END);
        return b < 0 || e < b ? null : text.substring(b + BEGIN.length(), e);
    }

    private static String fullRow(Option<?> r) {
        String env = r.envVars().entrySet().stream()
                .map(e -> "`" + e.getValue() + "`" + (r.envVars().size() > 1 ? " (" + e.getKey() + ")" : ""))
                .collect(Collectors.joining(", "));
        String backends = r.backends().size() == Backend.values().length ? "all"
                : r.backends().stream().map(Backend::toString).collect(Collectors.joining(", "));
        return "| `" + r.name() + "` | " + aliases(r) + " | " + cell(r.type().describe())
                + " | " + defaults(r) + " | " + env + " | " + backends + " | " + cell(r.doc()) + " |\n";
    }

    private static String aliases(Option<?> r) {
        return r.aliases().stream().map(a -> "`" + a + "`").collect(Collectors.joining(", "));
    }

    // one default for all backends, or per backend when they differ
    private static String defaults(Option<?> r) {
        Map<String, List<Backend>> byText = new java.util.LinkedHashMap<>();
        for (Backend b : r.backends()) {
            String d = r.defaultText(b);
            if (d != null) {
                byText.computeIfAbsent(d, k -> new java.util.ArrayList<>()).add(b);
            }
        }
        if (byText.size() == 1 && byText.values().iterator().next().size() == r.backends().size()) {
            return "`" + byText.keySet().iterator().next() + "`";
        }
        return byText.entrySet().stream()
                .map(e -> "`" + e.getKey() + "` (" + e.getValue().stream().map(Backend::toString)
                        .collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining(", "));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
