package io.sqlwire.cli;

import io.sqlwire.ConnectOptions;
import io.sqlwire.Connection;
import io.sqlwire.Sqlwire;
import io.sqlwire.spi.Driver;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "doctor", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Explains a connection string and tries it step by step.",
            "Prints the resolved options and where each came from (passwords masked; PG*/MYSQL_* variables and "
                + "service files are read from the process environment), then the result of each step: "
                + "parse, driver, probe, connect, server version."},
        footer = {"", "Exit status: 0 every step passed; 1 a step failed; 2 the connection string cannot be parsed."})
final class DoctorCommand implements Callable<Integer> {
    private final Io io;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DSN",
            description = "Connection string. Default: $" + Dsn.ENV + ", else " + Dsn.DEFAULT + ".")
    private String dsn;

    @Option(names = "--all", description = "Also list the options left at their defaults.")
    private boolean all;

    DoctorCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        PrintStream out = io.out();
        String text = Dsn.choose(dsn, io.env());
        out.println("Connection string from " + source());
        ConnectOptions options;
        try {
            options = ConnectOptions.parse(text);
        } catch (RuntimeException e) {
            out.println("Checks:");
            line("FAIL", "parse", reason(e));
            return Errors.exitCode(e);
        }
        OptionReport.print(out, text, all);
        out.println("Checks:");
        line("ok", "parse", "backend " + options.backend());
        return checks(options) ? Errors.OK : Errors.FAILED;
    }

    private boolean checks(ConnectOptions options) {
        Driver driver = step("driver", () -> {
            Driver d = Sqlwire.driver(options.backend());
            return new Outcome<>(d, d.backend() + " (" + d.getClass().getName() + ")");
        });
        String probe = driver == null ? skip("probe") : step("probe", () -> {
            long start = System.nanoTime();
            String answer = driver.probe(options);
            return new Outcome<>(answer, answer + " (" + PingCommand.millisSince(start) + " ms)");
        });
        if (probe == null) {
            skip("connect");
            return false;
        }
        String version = step("connect", () -> {
            long start = System.nanoTime();
            try (Connection c = driver.connect(options)) {
                c.ping();
                return new Outcome<>(c.serverVersion(), MetaCommands.where(c) + (c.user() == null ? "" : " as " + c.user())
                        + " (" + PingCommand.millisSince(start) + " ms)");
            }
        });
        return version != null && step("server version", () -> new Outcome<>(version, version)) != null;
    }

    private record Outcome<T>(T value, String detail) {
    }

    /** Runs a check and prints its line; returns its value, or {@code null} when it failed. */
    private <T> T step(String name, Supplier<Outcome<T>> check) {
        try {
            Outcome<T> o = check.get();
            line("ok", name, o.detail());
            return o.value();
        } catch (RuntimeException e) {
            line("FAIL", name, reason(e));
            return null;
        }
    }

    private String skip(String name) {
        line("skip", name, "(an earlier step failed)");
        return null;
    }

    private void line(String result, String step, String detail) {
        io.out().printf("  %-4s  %-15s %s%n", result, step, detail);
    }

    private static String reason(RuntimeException e) {
        return Errors.line(e).substring("ERROR: ".length());
    }

    private String source() {
        if (dsn != null) {
            return "the command line";
        }
        String fromEnv = io.env().get(Dsn.ENV);
        return fromEnv == null || fromEnv.isBlank() ? "the default (" + Dsn.DEFAULT + ")" : "$" + Dsn.ENV;
    }
}
