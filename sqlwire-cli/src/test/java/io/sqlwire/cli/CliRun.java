package io.sqlwire.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One in-process run of the CLI: exit code, stdout and stderr. The environment is empty unless
 * given, so DATABASE_URL from the developer's shell never leaks in.
 */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(String stdin, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), o, e, env);
            return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    static CliRun run(String... args) {
        return run("", Map.of(), args);
    }

    static CliRun withStdin(String stdin, String... args) {
        return run(stdin, Map.of(), args);
    }
}
