package io.sqlwire.cli;

import io.sqlwire.Connection;
import java.io.PrintStream;
import java.util.Locale;

/** The shell's backslash commands. */
final class MetaCommands {
    private static final String HELP = """
            \\q                   quit (Ctrl-D does too)
            \\?                   this list
            \\conninfo            show the connection
            \\format [FORMAT]     show or set the result format: table, csv or json
            \\autocommit [on|off] show or set autocommit
            Statements run when a line ends their ';' (they may span lines); Ctrl-C drops a half-typed one.
            Ctrl-C while a statement runs ends sqlwire: statements cannot be cancelled yet.""";

    private final StatementRunner runner;
    private final PrintStream out;
    private final PrintStream err;

    MetaCommands(StatementRunner runner, PrintStream out, PrintStream err) {
        this.runner = runner;
        this.out = out;
        this.err = err;
    }

    /** Whether a line typed at the primary prompt is a backslash command (or psql's bare quit/exit). */
    static boolean isMeta(String line) {
        String t = line.trim();
        return t.startsWith("\\") || t.equalsIgnoreCase("quit") || t.equalsIgnoreCase("exit");
    }

    /** Runs one command; returns {@code false} when the shell should end. */
    boolean run(String line) {
        String[] parts = line.split("\\s+", 2);
        String name = parts[0].toLowerCase(Locale.ROOT);
        String arg = parts.length > 1 ? parts[1].trim() : "";
        switch (name) {
            case "\\q", "quit", "exit" -> {
                return false;
            }
            case "\\?", "\\h", "\\help" -> out.println(HELP);
            case "\\conninfo" -> out.println(conninfo(runner.connection()));
            case "\\format" -> format(arg);
            case "\\autocommit" -> autocommit(arg);
            default -> err.println("ERROR: unknown command " + parts[0] + "; \\? lists the commands");
        }
        out.flush();
        err.flush();
        return true;
    }

    private void format(String arg) {
        if (!arg.isEmpty()) {
            try {
                runner.setFormat(OutputFormat.valueOf(arg.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                err.println("ERROR: unknown format \"" + arg + "\": use table, csv or json");
                return;
            }
        }
        out.println("format " + runner.format());
    }

    private void autocommit(String arg) {
        Connection c = runner.connection();
        try {
            switch (arg.toLowerCase(Locale.ROOT)) {
                case "" -> { }
                case "on", "true" -> c.setAutocommit(true);
                case "off", "false" -> c.setAutocommit(false);
                default -> {
                    err.println("ERROR: \\autocommit takes on or off, not \"" + arg + "\"");
                    return;
                }
            }
        } catch (RuntimeException e) {
            err.println(Errors.line(e));
            return;
        }
        out.println("autocommit " + (c.autocommit() ? "on" : "off"));
    }

    static String conninfo(Connection c) {
        String user = c.user() == null ? "" : " as user " + c.user();
        return "Connected to " + c.backend() + " " + c.serverVersion() + " (" + where(c) + ")" + user
                + ", autocommit " + (c.autocommit() ? "on" : "off") + ".";
    }

    /** Where the session is: host:port/database, or the SQLite file. */
    static String where(Connection c) {
        if (c.host() == null) {
            return c.database();
        }
        String host = c.host().indexOf(':') >= 0 ? "[" + c.host() + "]" : c.host();
        return host + ":" + c.port() + (c.database() == null ? "" : "/" + c.database());
    }
}
