package io.sqlwire.cli;

import io.sqlwire.ConnectOptions;
import io.sqlwire.Connection;
import io.sqlwire.Sqlwire;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Stack;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "sqlwire", mixinStandardHelpOptions = true, versionProvider = Version.class,
        usageHelpAutoWidth = true, sortOptions = false,
        description = "Runs SQL against PostgreSQL, MySQL/MariaDB or SQLite.",
        footer = {
            "",
            "With neither -c nor -f, sqlwire opens an interactive shell when stdin is a terminal (end a "
                + "statement with ';', \\? lists the backslash commands, \\q or Ctrl-D quits) and otherwise "
                + "runs the statements read from stdin.",
            "",
            "Autocommit is ON: each statement commits on its own, as a shell user expects (the library's "
                + "default is off). With --no-autocommit, or autocommit=false in the connection string, the "
                + "first statement opens a transaction that only an explicit COMMIT ends; work not committed "
                + "is rolled back when sqlwire exits.",
            "",
            "Without a terminal (-c, -f, piped stdin) sqlwire stops at the first error, as psql does with "
                + "-v ON_ERROR_STOP=1. Errors go to stderr as 'ERROR: <message> (SQLSTATE xxxxx)'.",
            "",
            "Table output shows SQL NULL as NULL; csv writes it as an empty field and '' as \"\"; json "
                + "writes null, numbers as numbers and binary values as base64.",
            "",
            "Exit status: 0 success; 1 an SQL, connection or server error; 2 a usage error (unknown "
                + "option, bad connection string, unreadable file)."
        })
final class RootCommand implements Callable<Integer> {
    private final Io io;
    private final List<Script> scripts = new ArrayList<>();

    @Parameters(index = "0", arity = "0..1", paramLabel = "DSN",
            description = "Connection string: postgresql://user@host/db, mysql://..., mariadb://..., "
                + "sqlite:path, sqlite::memory: or libpq key=value pairs. "
                + "Default: $" + Dsn.ENV + ", else " + Dsn.DEFAULT + ".")
    private String dsn;

    @Option(names = {"-c", "--command"}, paramLabel = "SQL", parameterConsumer = ScriptArg.class,
            description = "Run SQL (one or more statements). May repeat; -c and -f run in the order given.")
    private List<String> commands;

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", parameterConsumer = ScriptArg.class,
            description = "Run the statements in FILE ('-' reads stdin). May repeat.")
    private List<String> files;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Result format: table (default), csv (RFC 4180, with header) or json (an array per result).")
    private OutputFormat format;

    @Option(names = "--no-autocommit", description = "Run statements inside a transaction that only COMMIT ends.")
    private boolean noAutocommit;

    RootCommand(Io io) {
        this.io = io;
    }

    /** The -c and -f arguments, in command-line order. */
    List<Script> scripts() {
        return List.copyOf(scripts);
    }

    @Override
    public Integer call() {
        String missing = firstUnreadableFile();
        if (missing != null) {
            io.err().println("ERROR: cannot read file " + missing);
            return Errors.USAGE;
        }
        ConnectOptions options;
        try {
            options = ConnectOptions.parse(Dsn.choose(dsn, io.env()));
        } catch (RuntimeException e) {
            io.err().println(Errors.line(e));
            return Errors.exitCode(e);
        }
        try (Connection conn = Sqlwire.connect(options)) {
            conn.setAutocommit(Dsn.autocommit(options, noAutocommit));
            return runOn(new StatementRunner(conn, format, io.out(), io.err()));
        } catch (RuntimeException e) {
            io.err().println(Errors.line(e));
            return Errors.exitCode(e);
        }
    }

    private int runOn(StatementRunner runner) {
        if (io.interactive() && scripts.isEmpty()) {
            return new Shell(runner, io).run();
        }
        BatchRunner batch = new BatchRunner(runner, io.err());
        List<Script> work = scripts.isEmpty() ? List.of(new Script.File("-")) : scripts;
        for (Script script : work) {
            if (!run(batch, script)) {
                return Errors.FAILED;
            }
        }
        return Errors.OK;
    }

    private boolean run(BatchRunner batch, Script script) {
        return switch (script) {
            case Script.Command c -> batch.runText(c.sql());
            case Script.File f when f.isStdin() ->
                    batch.runLines(new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8)));
            case Script.File f -> runFile(batch, Path.of(f.name()));
        };
    }

    private boolean runFile(BatchRunner batch, Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return batch.runLines(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read file " + file + ": " + e.getMessage(), e);
        }
    }

    private String firstUnreadableFile() {
        for (Script s : scripts) {
            if (s instanceof Script.File f && !f.isStdin() && unreadable(Path.of(f.name()))) {
                return f.name();
            }
        }
        return null;
    }

    private static boolean unreadable(Path file) {
        return !Files.isReadable(file) || Files.isDirectory(file);
    }

    /** Records -c and -f values in one list, so that they run in command-line order. */
    static final class ScriptArg implements IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec spec) {
            String option = ((OptionSpec) argSpec).longestName();
            if (args.isEmpty()) {
                throw new ParameterException(spec.commandLine(),
                        "Missing required parameter for option '" + option + "' (" + argSpec.paramLabel() + ")");
            }
            String value = args.pop();
            RootCommand root = (RootCommand) spec.userObject();
            boolean isCommand = option.equals("--command");
            root.scripts.add(isCommand ? new Script.Command(value) : new Script.File(value));
        }
    }
}
