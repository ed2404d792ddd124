package io.sqlwire.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive shell: reads lines with editing and history (~/.sqlwire_history), runs each
 * statement when its semicolon is typed, and keeps going after errors. Backslash commands are
 * recognised at the start of a statement.
 */
final class Shell {
    static final String PROMPT = "sqlwire> ";
    static final String CONTINUATION = "...> ";
    static final String HISTORY_FILE = ".sqlwire_history";

    private final StatementRunner runner;
    private final BatchRunner executor;
    private final MetaCommands meta;
    private final PrintStream out;

    Shell(StatementRunner runner, Io io) {
        this.runner = runner;
        this.executor = new BatchRunner(runner, io.err());
        this.meta = new MetaCommands(runner, io.out(), io.err());
        this.out = io.out();
    }

    /** Runs until \q or end of input; returns the exit code (0: errors were reported as they came). */
    int run() {
        try (Terminal terminal = TerminalBuilder.builder().system(true).name("sqlwire").build()) {
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("sqlwire")
                    .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), HISTORY_FILE))
                    // '!' is an operator in SQL, not a history reference
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .build();
            out.println(banner());
            out.flush();
            loop(reader);
            reader.getHistory().save();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the terminal: " + e.getMessage(), e);
        }
        return Errors.OK;
    }

    private void loop(LineReader reader) {
        StatementBuffer buffer = new StatementBuffer(runner.connection().backend());
        while (true) {
            boolean fresh = !buffer.hasPendingSql();
            String line;
            try {
                line = reader.readLine(fresh ? PROMPT : CONTINUATION);
            } catch (UserInterruptException e) {
                buffer.clear(); // Ctrl-C drops the statement being typed, as in psql
                continue;
            } catch (EndOfFileException e) {
                out.println();
                return;
            }
            if (fresh && MetaCommands.isMeta(line)) {
                buffer.clear();
                if (!meta.run(line.trim())) {
                    return;
                }
                continue;
            }
            for (String sql : buffer.add(line + "\n")) {
                executor.execute(sql);
            }
        }
    }

    private String banner() {
        var c = runner.connection();
        return "sqlwire " + Version.release() + ", connected to " + c.backend() + " " + c.serverVersion()
                + " (" + MetaCommands.where(c) + "), autocommit " + (c.autocommit() ? "on" : "off") + ".\n"
                + "End statements with ';'. Type \\? for help, \\q or Ctrl-D to quit.";
    }
}
