package io.sqlwire.cli;

import io.sqlwire.core.options.Backend;
import io.sqlwire.core.options.Option;
import io.sqlwire.core.options.OptionDocs;
import io.sqlwire.core.options.OptionGroup;
import io.sqlwire.core.options.OptionTable;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "options", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Lists the connection options, from the option table.",
            "Each option shows its type, the backends that accept it, its default, the environment variables "
                + "read when it is not set, its aliases and what it does."})
final class OptionsCommand implements Callable<Integer> {
    private final Io io;

    @Parameters(index = "0", arity = "0..1", paramLabel = "BACKEND",
            description = "Only the options of this backend: postgresql, mysql or sqlite (URI scheme names work too).")
    private String backend;

    @picocli.CommandLine.Option(names = "--markdown",
            description = "Print the full reference as Markdown, as in docs/options.md (all backends).")
    private boolean markdown;

    OptionsCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        if (markdown) {
            io.out().print(OptionDocs.render());
            return Errors.OK;
        }
        Set<Backend> wanted = backend == null ? EnumSet.allOf(Backend.class) : EnumSet.of(Backend.of(backend));
        PrintStream out = io.out();
        for (OptionGroup group : OptionGroup.values()) {
            List<Option<?>> rows = OptionTable.all().stream()
                    .filter(o -> o.group() == group && o.backends().stream().anyMatch(wanted::contains))
                    .toList();
            if (rows.isEmpty()) {
                continue;
            }
            out.println(group.title());
            out.println("  " + group.intro().replace("`", ""));
            out.println();
            rows.forEach(o -> describe(out, o, wanted));
            out.println();
        }
        return Errors.OK;
    }

    private static void describe(PrintStream out, Option<?> o, Set<Backend> wanted) {
        List<String> facts = new ArrayList<>();
        facts.add(o.type().describe());
        facts.add(o.backends().size() == Backend.values().length ? "all backends"
                : o.backends().stream().map(Backend::canonicalName).collect(Collectors.joining(", ")));
        String defaults = o.backends().stream().filter(wanted::contains)
                .map(o::defaultText).filter(Objects::nonNull).distinct().collect(Collectors.joining(" / "));
        if (!defaults.isEmpty()) {
            facts.add("default " + defaults);
        }
        String env = o.envVars().entrySet().stream().filter(e -> wanted.contains(e.getKey()))
                .map(Map.Entry::getValue).distinct().collect(Collectors.joining(", "));
        if (!env.isEmpty()) {
            facts.add("env " + env);
        }
        out.println("  " + o.name() + "  (" + String.join("; ", facts).replace("`", "") + ")");
        out.println("      " + o.doc().replace("`", ""));
        if (!o.aliases().isEmpty()) {
            out.println("      Aliases: " + String.join(", ", o.aliases()));
        }
    }
}
