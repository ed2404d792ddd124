package io.sqlwire.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Runs statements without a human at the keyboard (-c, -f, piped stdin): each statement as soon
 * as its semicolon is read, stopping at the first error, as psql does with ON_ERROR_STOP=1.
 */
final class BatchRunner {
    private final StatementRunner runner;
    private final PrintStream err;

    BatchRunner(StatementRunner runner, PrintStream err) {
        this.runner = runner;
        this.err = err;
    }

    /** Runs every statement in {@code text}; a last statement may omit its semicolon. */
    boolean runText(String text) {
        StatementBuffer buffer = new StatementBuffer(runner.connection().backend());
        return runAll(buffer.add(text)) && runRest(buffer);
    }

    /** Runs the statements read from {@code reader} line by line, so piped input runs as it arrives. */
    boolean runLines(BufferedReader reader) {
        StatementBuffer buffer = new StatementBuffer(runner.connection().backend());
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!runAll(buffer.add(line + "\n"))) {
                    return false;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return runRest(buffer);
    }

    private boolean runRest(StatementBuffer buffer) {
        List<String> rest;
        try {
            rest = buffer.drain();
        } catch (RuntimeException e) {
            return report(e);
        }
        return runAll(rest);
    }

    private boolean runAll(Iterable<String> statements) {
        for (String sql : statements) {
            if (!execute(sql)) {
                return false;
            }
        }
        return true;
    }

    /** Runs one statement; on failure prints the error and returns {@code false}. */
    boolean execute(String sql) {
        try {
            runner.run(sql);
            return true;
        } catch (RuntimeException e) {
            return report(e);
        }
    }

    private boolean report(RuntimeException e) {
        err.println(Errors.line(e));
        err.flush();
        return false;
    }
}
