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

    /**
     * {@code ERROR: <message>}, plus {@code (SQLSTATE xxxxx, code n)} with whichever of the two the
     * error carries (the code is the server's own error number, e.g. MySQL's 1146).
     */
    static String line(Throwable e) {
        String message = e.getMessage() == null || e.getMessage().isBlank()
                ? e.getClass().getSimpleName() : e.getMessage();
        StringBuilder codes = new StringBuilder();
        if (e instanceof SqlwireException se) {
            if (se.sqlState() != null && !se.sqlState().isEmpty()) {
                codes.append("SQLSTATE ").append(se.sqlState());
            }
            if (se.vendorCode() != 0) {
                codes.append(codes.isEmpty() ? "" : ", ").append("code ").append(se.vendorCode());
            }
        }
        return "ERROR: " + message + (codes.isEmpty() ? "" : " (" + codes + ")");
    }

    /** The exit code for an error that ends the run. */
    static int exitCode(Throwable e) {
        return e instanceof InvalidOptionException ? USAGE : FAILED;
    }
}
