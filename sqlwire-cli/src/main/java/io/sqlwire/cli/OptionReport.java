package io.sqlwire.cli;

import io.sqlwire.core.options.OptionTable;
import io.sqlwire.core.options.ResolvedOption;
import java.io.PrintStream;
import java.util.List;

/**
 * The resolved options of a connection string as {@code sqlwire doctor} shows them: value and
 * source of each option that was set (secrets masked by the option layer), then, on request,
 * the defaults of the others.
 */
final class OptionReport {

    private OptionReport() {
    }

    static void print(PrintStream out, String dsn, boolean all) {
        List<ResolvedOption> options = OptionTable.explain(dsn);
        List<ResolvedOption> shown = options.stream().filter(o -> all || o.isSet()).toList();
        int nameWidth = shown.stream().mapToInt(o -> o.option().name().length()).max().orElse(0);
        int valueWidth = shown.stream().mapToInt(o -> display(o).length()).max().orElse(0);
        out.println("Options:");
        for (ResolvedOption o : shown) {
            out.printf("  %-" + nameWidth + "s  %-" + valueWidth + "s  (%s)%n", o.option().name(), display(o), o.origin());
        }
        long hidden = options.size() - shown.size();
        if (hidden > 0) {
            out.println("  ... and " + hidden + " more at their defaults (doctor --all lists them)");
        }
    }

    private static String display(ResolvedOption o) {
        return o.value() == null ? "" : o.value();
    }
}
