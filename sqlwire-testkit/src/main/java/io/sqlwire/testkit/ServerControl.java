package io.sqlwire.testkit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Assumptions;

/**
 * Crashes, hangs, stops, fail-overs and network faults of the harness servers, by running
 * {@code scripts/harness/fault.sh} (as root) with the harness directory of the env file.
 *
 * <p>Server names are the initial roles and do not follow promotions: {@value #PG_PRIMARY},
 * {@value #PG_STANDBY}, {@value #MY_PRIMARY}, {@value #MY_REPLICA}, {@value #MYSQL8}.
 *
 * <p><b>Every test that uses this class must leave the topology as it found it</b>: the servers are
 * shared by all the tests of the build. Call {@link #restore()} in an {@code @AfterEach} (it clears
 * network faults, thaws and restarts servers and switches promoted servers back), or undo each fault
 * in a {@code finally} block. Network faults (nftables rules, tc classes) outlive the test JVM.
 *
 * <p>Fault injection disturbs every other user of the same servers, so it is off unless the system
 * property {@value #ENABLE_PROPERTY} or the environment variable {@value #ENABLE_VARIABLE} is
 * {@code true} ({@code scripts/test.sh} sets it). While it is off, every method here aborts the
 * calling test (it is reported as skipped, with the reason). Calls are serialized across threads.
 */
public final class ServerControl {

    public static final String PG_PRIMARY = "pg-primary";
    public static final String PG_STANDBY = "pg-standby";
    public static final String MY_PRIMARY = "my-primary";
    public static final String MY_REPLICA = "my-replica";
    public static final String MYSQL8 = "my8";
    /** Every server name fault.sh knows. */
    public static final Set<String> SERVERS = Set.of(PG_PRIMARY, PG_STANDBY, MY_PRIMARY, MY_REPLICA, MYSQL8);

    /** System property that enables fault injection. */
    public static final String ENABLE_PROPERTY = "sqlwire.harness.faults";
    /** Environment variable that enables fault injection (failsafe sets it from the property). */
    public static final String ENABLE_VARIABLE = "SQLWIRE_HARNESS_FAULTS";
    /** How long one fault.sh run may take unless {@link #withTimeout(Duration)} says otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

    // one fault.sh at a time in this JVM: two would race on the same servers and rules
    private static final ReentrantLock RUN_LOCK = new ReentrantLock();

    /** How {@link #block(int, BlockMode)} treats packets. */
    public enum BlockMode {
        /** Packets vanish: connects and reads hang until the client's timeouts fire. */
        DROP,
        /** New connections are refused with a TCP RST and live ones are aborted at once. */
        RESET
    }

    private final Harness harness;
    private final Path script;
    private final Duration timeout;

    /** Controls for the servers of {@code harness}, with fault.sh found as described in {@link #faultScript(Harness)}. */
    public ServerControl(Harness harness) {
        this(harness, faultScript(harness), DEFAULT_TIMEOUT);
    }

    private ServerControl(Harness harness, Path script, Duration timeout) {
        this.harness = Objects.requireNonNull(harness, "harness");
        this.script = script;
        this.timeout = timeout;
    }

    /** The same controls with another time limit per fault.sh run. */
    public ServerControl withTimeout(Duration timeout) {
        return new ServerControl(harness, script, timeout);
    }

    /** Whether fault injection is enabled (see the class comment). */
    public static boolean faultsEnabled() {
        String v = System.getProperty(ENABLE_PROPERTY);
        if (v == null || v.isBlank()) {
            v = System.getenv(ENABLE_VARIABLE);
        }
        return v != null && v.strip().equalsIgnoreCase("true");
    }

    /**
     * fault.sh: {@code HARNESS_SCRIPTS/fault.sh} from the env file, else the first
     * {@code scripts/harness/fault.sh} in the working directory or one of its parents.
     *
     * @throws IllegalStateException when there is none
     */
    public static Path faultScript(Harness harness) {
        var fromEnv = harness.find("HARNESS_SCRIPTS").map(d -> Path.of(d, "fault.sh")).filter(Files::isRegularFile);
        if (fromEnv.isPresent()) {
            return fromEnv.get();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("scripts/harness/fault.sh");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("cannot find scripts/harness/fault.sh (no HARNESS_SCRIPTS in "
                + harness.envFile() + ", none above " + Path.of("").toAbsolutePath() + ")");
    }

    /** SIGKILL every process of a server (a crash); stale lock files are cleaned up. */
    public void kill(String server) {
        run("kill", name(server));
    }

    /** SIGSTOP every process of a server: it accepts TCP connections (the kernel does) but never answers. */
    public void freeze(String server) {
        run("freeze", name(server));
    }

    /** SIGCONT every process of a frozen server. */
    public void thaw(String server) {
        run("thaw", name(server));
    }

    /** Clean shutdown; a no-op when the server is already down. */
    public void stop(String server) {
        run("stop", name(server));
    }

    /** Start a stopped or crashed server; a no-op when it is already up. Returns once it accepts connections. */
    public void start(String server) {
        run("start", name(server));
    }

    public void restart(String server) {
        run("restart", name(server));
    }

    /** Promote pg-standby (pg_ctl promote) or a MariaDB replica (stop replicating, read_only=0). */
    public void promote(String server) {
        run("promote", name(server));
    }

    /** Make a PostgreSQL server a streaming standby of the server on {@code primaryPort} (pg_rewind). */
    public void pgRejoin(String server, int primaryPort) {
        run("pg-rejoin", name(server), Integer.toString(primaryPort));
    }

    /** Make a MariaDB server a read-only GTID replica of the server on {@code primaryPort}. */
    public void myRejoin(String server, int primaryPort) {
        run("my-rejoin", name(server), Integer.toString(primaryPort));
    }

    /** Blackhole all loopback traffic to and from a port ({@link BlockMode#DROP}). */
    public void block(int port) {
        block(port, BlockMode.DROP);
    }

    public void block(int port, BlockMode mode) {
        run("block", Integer.toString(port), mode.name().toLowerCase(Locale.ROOT));
    }

    public void unblock(int port) {
        run("unblock", Integer.toString(port));
    }

    /** Abort every established connection to or from a port now (replication links reconnect by themselves). */
    public void cut(int port) {
        run("cut", Integer.toString(port));
    }

    /** Drop {@code percent}% of the packets to and from a port at random. */
    public void loss(int port, int percent) {
        run("loss", Integer.toString(port), Integer.toString(percent));
    }

    public void unloss(int port) {
        run("unloss", Integer.toString(port));
    }

    /** Limit a port's bandwidth on loopback, e.g. {@code "256kbit"} (adds no latency: use {@link FaultProxy}). */
    public void slow(int port, String rate) {
        run("slow", Integer.toString(port), rate);
    }

    public void unslow() {
        run("unslow");
    }

    /** Remove every network fault of this harness. */
    public void clear() {
        run("clear");
    }

    /** Back to the topology up.sh made: faults cleared, servers thawed and started, roles switched back. */
    public void restore() {
        run("restore");
    }

    /** fault.sh status: the servers' state and the active network faults. */
    public String status() {
        return run("status");
    }

    /**
     * Runs fault.sh with these arguments and returns its output (stdout and stderr).
     *
     * @throws IllegalStateException with the output when it fails or outlives the time limit
     */
    public String run(String... args) {
        Assumptions.assumeTrue(faultsEnabled(), () -> "fault injection is off (it disturbs every user of "
                + "the shared servers): set -D" + ENABLE_PROPERTY + "=true or " + ENABLE_VARIABLE + "=true");
        RUN_LOCK.lock();
        try {
            return execute(args);
        } finally {
            RUN_LOCK.unlock();
        }
    }

    private String execute(String... args) {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        String shown = "fault.sh " + String.join(" ", args);
        Path out = null;
        Process p = null;
        try {
            out = Files.createTempFile("sqlwire-fault-", ".out");
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            pb.environment().put("HARNESS_DIR", harness.dir().toString());
            p = pb.start();
            boolean finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            String output = Files.readString(out, StandardCharsets.UTF_8).strip();
            if (!finished) {
                throw new IllegalStateException(shown + " did not finish within " + timeout + ": " + output);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(shown + " failed (exit " + p.exitValue() + "): " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + shown + " (" + script + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(shown + " interrupted", e);
        } finally {
            if (p != null && p.isAlive()) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
            deleteQuietly(out);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stray temp file is harmless
        }
    }

    private static String name(String server) {
        if (!SERVERS.contains(server)) {
            throw new IllegalArgumentException("unknown server \"" + server + "\" (one of " + SERVERS + ")");
        }
        return server;
    }

    @Override
    public String toString() {
        return "ServerControl[" + harness.dir() + ", " + script + "]";
    }
}
