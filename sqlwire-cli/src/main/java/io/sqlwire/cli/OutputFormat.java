package io.sqlwire.cli;

import java.io.PrintStream;
import java.util.Locale;

/** The {@code --format} choices; the command line accepts them in any case. */
enum OutputFormat {
    TABLE, CSV, JSON;

    ResultWriter writer(PrintStream out) {
        return switch (this) {
            case TABLE -> new TableWriter(out);
            case CSV -> new CsvWriter(out);
            case JSON -> new JsonWriter(out);
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
