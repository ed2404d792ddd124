package io.sqlwire.cli;

import io.sqlwire.InvalidOptionException;
import io.sqlwire.SqlwireException;

/** Exit codes and the one-line form of an error on stderr. */
final class Errors {
    /** Everything worked. */
    static final int OK = 0;
    /** A statement, the connection or a probe failed. */
    static final int FAILED = 1;
    /** The command line was wrong: an unknown option, a bad connection string, a missing file. */
    static final int USAGE = 2;

    private Errors() {
    }

    /** {@code ERROR: <message>}, plus {@code (SQLSTATE xxxxx)} when the error carries one. */
    static String line(Throwable e) {
        String message = e.getMessage() == null || e.getMessage().isBlank()
                ? e.getClass().getSimpleName() : e.getMessage();
        String state = e instanceof SqlwireException se ? se.sqlState() : null;
        return "ERROR: " + message + (state == null || state.isEmpty() ? "" : " (SQLSTATE " + state + ")");
    }

    /** The exit code for an error that ends the run. */
    static int exitCode(Throwable e) {
        return e instanceof InvalidOptionException ? USAGE : FAILED;
    }
}
