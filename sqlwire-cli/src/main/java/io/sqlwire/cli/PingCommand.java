package io.sqlwire.cli;

import io.sqlwire.ConnectOptions;
import io.sqlwire.Sqlwire;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "ping", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Checks that the server answers; prints what it is and the time taken.",
            "Backends may answer without logging in, as pg_isready does."},
        footer = {"", "Exit status: 0 the server answered; 1 it did not (the reason goes to stderr); 2 bad connection string."})
final class PingCommand implements Callable<Integer> {
    private final Io io;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DSN",
            description = "Connection string. Default: $" + Dsn.ENV + ", else " + Dsn.DEFAULT + ".")
    private String dsn;

    PingCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        ConnectOptions options;
        try {
            options = ConnectOptions.parse(Dsn.choose(dsn, io.env()));
        } catch (RuntimeException e) {
            io.err().println(Errors.line(e));
            return Errors.exitCode(e);
        }
        long start = System.nanoTime();
        try {
            String answer = Sqlwire.driver(options.backend()).probe(options);
            io.out().println(answer + " (" + millisSince(start) + " ms)");
            return Errors.OK;
        } catch (RuntimeException e) {
            io.err().println(Errors.line(e) + " (after " + millisSince(start) + " ms)");
            return Errors.FAILED;
        }
    }

    static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
