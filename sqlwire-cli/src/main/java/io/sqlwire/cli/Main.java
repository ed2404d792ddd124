package io.sqlwire.cli;

import java.io.BufferedOutputStream;
import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/**
 * The {@code sqlwire} command. {@link #run(String[], InputStream, PrintStream, PrintStream, Map)}
 * runs it in-process against given streams, which is how the tests drive it.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, new Io(System.in, out, err, System.getenv(), stdinIsTerminal()));
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the command with these streams and the process environment, stdin not being a terminal. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, System.getenv());
    }

    /**
     * Runs the command with these streams and environment, stdin not being a terminal.
     *
     * @return the exit code: 0 success, 1 an SQL or connection error, 2 a usage error
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
        return run(args, new Io(in, out, err, env, false));
    }

    static int run(String[] args, Io io) {
        CommandLine cl = new CommandLine(new RootCommand(io));
        cl.addSubcommand("ping", new PingCommand(io));
        cl.addSubcommand("doctor", new DoctorCommand(io));
        cl.addSubcommand("options", new OptionsCommand(io));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(io.out(), true));
        cl.setErr(new PrintWriter(io.err(), true));
        cl.setParameterExceptionHandler((e, a) -> {
            io.err().println("ERROR: " + e.getMessage());
            io.err().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            return Errors.USAGE;
        });
        cl.setExecutionExceptionHandler((e, c, p) -> {
            io.err().println(Errors.line(e));
            return Errors.exitCode(e);
        });
        int code = cl.execute(args);
        io.out().flush();
        io.err().flush();
        return code;
    }

    /**
     * Whether stdin is a terminal. The JDK's console exists only when stdin and stdout both are;
     * from Java 22 a console may exist without a terminal, which {@code isTerminal()} tells.
     */
    static boolean stdinIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a console means a terminal
        }
    }
}
