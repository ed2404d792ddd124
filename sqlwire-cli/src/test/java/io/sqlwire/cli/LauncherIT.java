package io.sqlwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar, run as {@code java -jar target/sqlwire.jar} in a child process, passes the
 * three acceptance lines. Failsafe runs after {@code package}, so the jar is the one just built.
 */
class LauncherIT {
    private static final Path JAR = Path.of("target", "sqlwire.jar");

    record Result(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void jarExists() {
        assertThat(JAR).as("the shaded jar built by package").isRegularFile();
    }

    private static Result sqlwire(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("DATABASE_URL");
        Path out = Files.createTempFile("sqlwire-out", ".txt");
        Path err = Files.createTempFile("sqlwire-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("sqlwire finished").isTrue();
        Result r = new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    @Test
    void selectOnePlusOnePrintsATableContainingTwo() throws Exception {
        Result r = sqlwire("", "-c", "select 1+1 as two");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains(" two\n-----\n   2\n(1 row)\n");
        assertThat(r.err()).as("no warnings from the JVM or native libraries").isEmpty();
    }

    @Test
    void pipedScriptPrintsTheSum() throws Exception {
        Result r = sqlwire("create table t(a int);\ninsert into t values (1),(2);\nselect sum(a) as s from t;\n");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains(" s\n---\n 3\n(1 row)\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void missingTableExitsNonZeroWithTheMessageOnStderr() throws Exception {
        Result r = sqlwire("", "-c", "select * from nope");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("ERROR: ").contains("no such table: nope");
    }
}
