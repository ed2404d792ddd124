package io.sqlwire.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The test servers that {@code scripts/harness/up.sh} started, as described by the
 * {@code harness.env} file it wrote: ports, sockets, certificates and connection strings.
 *
 * <p>The file is found through the environment variable {@value #ENV_VARIABLE} (failsafe sets it
 * from {@code -Dsqlwire.harness.env}), else the system property {@value #PROPERTY}, else
 * {@code /tmp/sqlwire-harness/harness.env}.
 *
 * <p>Accounts (see {@code up.sh}): PostgreSQL {@code postgres/postgres}, {@code test/test} (database
 * {@code test}), {@code scram_user/scram_pw}, {@code md5_user/md5_pw}, {@code clear_user/clear_pw},
 * {@code ssl_user/ssl_pw} (TLS only), {@code cert_user} (client certificate), {@code trust_user};
 * MariaDB {@code admin/admin}, {@code test/test}, {@code native_user/native_pw},
 * {@code ed_user/ed_pw} (ed25519), {@code ssl_user/ssl_pw}, {@code cert_user}; MySQL 8
 * {@code admin/admin}, {@code test/test}, {@code sha2_user/sha2_pw} (caching_sha2_password),
 * {@code sha256_user/sha256_pw} (sha256_password), {@code native_user/native_pw},
 * {@code ssl_user/ssl_pw}, {@code cert_user}. Every server listens on 127.0.0.1, 127.0.0.2 and ::1;
 * the server certificate names localhost, 127.0.0.1 and ::1, so 127.0.0.2 is the wrong-host address.
 */
public final class Harness {

    /** The environment variable that names the env file. */
    public static final String ENV_VARIABLE = "SQLWIRE_HARNESS_ENV";
    /** The system property that names the env file when the environment variable is not set. */
    public static final String PROPERTY = "sqlwire.harness.env";
    /** Where {@code up.sh} writes the env file by default. */
    public static final Path DEFAULT_ENV_FILE = Path.of("/tmp/sqlwire-harness/harness.env");
    /** The host name in the connection strings built here; the server certificate is valid for it. */
    public static final String HOST = "localhost";

    private final Path envFile;
    private final Map<String, String> values;

    private Harness(Path envFile, Map<String, String> values) {
        this.envFile = envFile;
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * The running harness.
     *
     * @throws IllegalStateException "harness not running: run scripts/harness/up.sh" with the file
     *     looked for, when there is no env file
     */
    public static Harness current() {
        return load(envFileLocation());
    }

    /** The env file {@link #current()} reads: from the environment, the system property or the default. */
    public static Path envFileLocation() {
        String fromEnv = System.getenv(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv.strip());
        }
        String fromProperty = System.getProperty(PROPERTY);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return Path.of(fromProperty.strip());
        }
        return DEFAULT_ENV_FILE;
    }

    /**
     * Reads an env file: {@code KEY=VALUE} lines, {@code #} comments and blank lines ignored, one
     * level of surrounding quotes removed from values.
     *
     * @throws IllegalStateException when the file does not exist
     * @throws UncheckedIOException when it cannot be read
     */
    public static Harness load(Path envFile) {
        try {
            Map<String, String> values = new LinkedHashMap<>();
            for (String line : Files.readAllLines(envFile, StandardCharsets.UTF_8)) {
                String s = line.strip();
                int eq = s.indexOf('=');
                if (s.isEmpty() || s.startsWith("#") || eq <= 0) {
                    continue;
                }
                values.put(s.substring(0, eq).strip(), unquote(s.substring(eq + 1).strip()));
            }
            return new Harness(envFile, values);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("harness not running: run scripts/harness/up.sh (no env file "
                    + envFile + "; it is named by $" + ENV_VARIABLE + ", -D" + PROPERTY + " or the default "
                    + DEFAULT_ENV_FILE + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read harness env file " + envFile, e);
        }
    }

    private static String unquote(String v) {
        boolean quoted = v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'')
                && v.charAt(v.length() - 1) == v.charAt(0);
        return quoted ? v.substring(1, v.length() - 1) : v;
    }

    /** The env file this harness was read from. */
    public Path envFile() {
        return envFile;
    }

    /**
     * The value of a key of the env file, e.g. {@code HARNESS_PG_VERSION}.
     *
     * @throws IllegalStateException naming the key and the file when the key is missing
     */
    public String value(String key) {
        String v = values.get(key);
        if (v == null || v.isEmpty()) {
            throw new IllegalStateException("harness env file " + envFile + " has no " + key
                    + " (was it written by an older up.sh? run scripts/harness/up.sh again)");
        }
        return v;
    }

    /** The value of a key, if present and not empty. */
    public Optional<String> find(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isEmpty());
    }

    /** Every key and value of the env file, in file order. */
    public Map<String, String> values() {
        return values;
    }

    /** The harness directory ({@code HARNESS_DIR}). */
    public Path dir() {
        return path("HARNESS_DIR");
    }

    /** The test CA certificate (PEM) that signed the server and client certificates. */
    public Path caCert() {
        return path("HARNESS_SSL_CA");
    }

    /** An unrelated CA certificate (PEM), for "wrong trust anchor" tests. */
    public Path otherCaCert() {
        return path("HARNESS_SSL_OTHER_CA");
    }

    /** The client certificate (PEM, CN=cert_user). */
    public Path clientCert() {
        return path("HARNESS_SSL_CLIENT_CERT");
    }

    /** The client certificate's private key (PEM). */
    public Path clientKey() {
        return path("HARNESS_SSL_CLIENT_KEY");
    }

    /** The client certificate's private key as unencrypted PKCS#8 DER. */
    public Path clientKeyPk8() {
        return path("HARNESS_SSL_CLIENT_KEY_PK8");
    }

    /** The client certificate and key as PKCS#12, password {@code changeit}. */
    public Path clientP12() {
        return path("HARNESS_SSL_CLIENT_P12");
    }

    public int pgPrimaryPort() {
        return port("HARNESS_PG_PRIMARY_PORT");
    }

    public int pgStandbyPort() {
        return port("HARNESS_PG_STANDBY_PORT");
    }

    public int myPrimaryPort() {
        return port("HARNESS_MY_PRIMARY_PORT");
    }

    public int myReplicaPort() {
        return port("HARNESS_MY_REPLICA_PORT");
    }

    public int mysql8Port() {
        return port("HARNESS_MY8_PORT");
    }

    /** The directory of the PostgreSQL Unix sockets ({@code .s.PGSQL.<port>}). */
    public Path pgSocketDir() {
        return path("HARNESS_PG_SOCKET_DIR");
    }

    public Path myPrimarySocket() {
        return path("HARNESS_MY_PRIMARY_SOCKET");
    }

    public Path myReplicaSocket() {
        return path("HARNESS_MY_REPLICA_SOCKET");
    }

    public Path mysql8Socket() {
        return path("HARNESS_MY8_SOCKET");
    }

    /**
     * The TCP port of every server by its {@link ServerControl} name ({@code pg-primary},
     * {@code pg-standby}, {@code my-primary}, {@code my-replica}, {@code my8}); MySQL 8 only when the
     * env file has it.
     */
    public Map<String, Integer> serverPorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put(ServerControl.PG_PRIMARY, pgPrimaryPort());
        ports.put(ServerControl.PG_STANDBY, pgStandbyPort());
        ports.put(ServerControl.MY_PRIMARY, myPrimaryPort());
        ports.put(ServerControl.MY_REPLICA, myReplicaPort());
        find("HARNESS_MY8_PORT").ifPresent(p -> ports.put(ServerControl.MYSQL8, mysql8Port()));
        return Collections.unmodifiableMap(ports);
    }

    /**
     * Checks that every server accepts TCP connections on 127.0.0.1.
     *
     * @throws IllegalStateException "harness not running: ..." naming the first server that does not
     */
    public void requireReachable(Duration timeout) {
        for (Map.Entry<String, Integer> e : serverPorts().entrySet()) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", e.getValue()), (int) timeout.toMillis());
            } catch (IOException ex) {
                throw new IllegalStateException("harness not running: " + e.getKey() + " at 127.0.0.1:" + e.getValue()
                        + " does not accept connections (" + ex.getMessage()
                        + "); run scripts/harness/up.sh (env file " + envFile + ")", ex);
            }
        }
    }

    /** {@code postgresql://user:password@localhost:<primary>/db?extraQuery}. */
    public String pgUri(String user, String password, String db, String extraQuery) {
        return pgUri(pgPrimaryPort(), user, password, db, extraQuery);
    }

    /**
     * A PostgreSQL URI for one port. User, password and database are percent-encoded; a
     * {@code null} password or database is left out, and so is an empty or {@code null} query.
     */
    public String pgUri(int port, String user, String password, String db, String extraQuery) {
        return uri("postgresql", port, user, password, db, extraQuery);
    }

    /** {@code mysql://user:password@localhost:<MariaDB primary>/db?extraQuery}. */
    public String myUri(String user, String password, String db, String extraQuery) {
        return myUri(myPrimaryPort(), user, password, db, extraQuery);
    }

    /** A MySQL-protocol URI for one port (MariaDB or MySQL 8), encoded as {@link #pgUri(int, String, String, String, String)}. */
    public String myUri(int port, String user, String password, String db, String extraQuery) {
        return uri("mysql", port, user, password, db, extraQuery);
    }

    /** {@code mysql://user:password@localhost:<MySQL 8>/db?extraQuery}. */
    public String mysql8Uri(String user, String password, String db, String extraQuery) {
        return myUri(mysql8Port(), user, password, db, extraQuery);
    }

    private static String uri(String scheme, int port, String user, String password, String db, String query) {
        StringBuilder b = new StringBuilder(scheme).append("://");
        if (user != null) {
            b.append(encode(user));
            if (password != null) {
                b.append(':').append(encode(password));
            }
            b.append('@');
        }
        b.append(HOST).append(':').append(port);
        if (db != null) {
            b.append('/').append(encode(db));
        }
        if (query != null && !query.isEmpty()) {
            b.append(query.startsWith("?") ? "" : "?").append(query);
        }
        return b.toString();
    }

    private static String encode(String part) {
        // URLEncoder does form encoding: a space becomes '+', which a URI would read as a plus sign
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Path path(String key) {
        return Path.of(value(key));
    }

    private int port(String key) {
        String v = value(key);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("harness env file " + envFile + ": " + key + "=" + v
                    + " is not a port number", e);
        }
    }

    @Override
    public String toString() {
        return "Harness[" + envFile + "]";
    }
}
