package io.sqlwire.postgres.auth;

import static io.sqlwire.postgres.auth.PgTlsPlan.Attempt.DIRECT_TLS;
import static io.sqlwire.postgres.auth.PgTlsPlan.Attempt.PLAIN;
import static io.sqlwire.postgres.auth.PgTlsPlan.Attempt.SSL_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.ConnectOptions;
import io.sqlwire.InternalException;
import io.sqlwire.InvalidOptionException;
import io.sqlwire.OperationalException;
import io.sqlwire.Secret;
import io.sqlwire.core.options.Environment;
import io.sqlwire.core.transport.PemFiles;
import io.sqlwire.core.transport.TlsMode;
import io.sqlwire.core.transport.TlsSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgTlsPolicyTest {
    @TempDir
    Path home;
    Path pgDir;
    Environment env;

    @BeforeEach
    void setUp() throws IOException {
        pgDir = Files.createDirectory(home.resolve(".postgresql"));
        env = Environment.of(Map.of(), home);
    }

    static ConnectOptions opts(String... kv) {
        Map<String, String> m = new HashMap<>();
        Map<String, Secret> secrets = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i].equals("sslpassword")) {
                secrets.put(kv[i], Secret.of(kv[i + 1]));
            } else {
                m.put(kv[i], kv[i + 1]);
            }
        }
        return new ConnectOptions("postgresql", List.of(), "u", null, null, m, secrets);
    }

    PgTlsPlan plan(String... kv) {
        return PgTlsPolicy.from(opts(kv), env);
    }

    Path touch(Path p) throws IOException {
        Files.writeString(p, "x");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        return p;
    }

    @Test
    void everyModeWithoutRootFile() {
        assertThat(plan("sslmode", "disable")).satisfies(p -> {
            assertThat(p.attempts()).containsExactly(PLAIN);
            assertThat(p.mode()).isEqualTo(TlsMode.NONE);
            assertThat(p.requiresTls()).isFalse();
        });
        assertThat(plan("sslmode", "allow").attempts()).containsExactly(PLAIN, SSL_REQUEST);
        assertThat(plan("sslmode", "allow").mode()).isEqualTo(TlsMode.TRUST_ANY);
        assertThat(plan().sslmode()).isEqualTo("prefer");
        assertThat(plan().attempts()).containsExactly(SSL_REQUEST, PLAIN);
        assertThat(plan().mode()).isEqualTo(TlsMode.TRUST_ANY);
        PgTlsPlan require = plan("sslmode", "require");
        assertThat(require.attempts()).containsExactly(SSL_REQUEST);
        assertThat(require.requiresTls()).isTrue();
        assertThat(require.mode()).isEqualTo(TlsMode.TRUST_ANY);
        assertThat(require.settings().rootCert()).isNull();
    }

    @Test
    void verifyModesNeedARootFile() {
        assertThatThrownBy(() -> plan("sslmode", "verify-ca")).isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining(pgDir.resolve("root.crt").toString()).hasMessageContaining("sslrootcert=system");
        assertThatThrownBy(() -> plan("sslmode", "verify-full", "sslrootcert", "/nonexistent/ca.pem"))
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("/nonexistent/ca.pem");
        assertThatThrownBy(() -> PgTlsPolicy.from(opts("sslmode", "verify-ca"), Environment.empty()))
                .hasMessageContaining("no home directory");
    }

    @Test
    void defaultRootFileMakesWeakModesVerifyTheChain() throws IOException {
        Path root = touch(pgDir.resolve("root.crt"));
        for (String m : List.of("allow", "prefer", "require", "verify-ca")) {
            PgTlsPlan p = plan("sslmode", m);
            assertThat(p.mode()).as(m).isEqualTo(TlsMode.VERIFY_CA);
            assertThat(p.settings().rootCert()).isEqualTo(root.toString());
        }
        assertThat(plan("sslmode", "verify-full").mode()).isEqualTo(TlsMode.VERIFY_FULL);
    }

    @Test
    void explicitRootFile() throws IOException {
        Path ca = touch(home.resolve("ca.pem"));
        assertThat(plan("sslmode", "require", "sslrootcert", ca.toString()).mode()).isEqualTo(TlsMode.VERIFY_CA);
        assertThat(plan("sslmode", "verify-full", "sslrootcert", ca.toString()).settings().rootCert()).isEqualTo(ca.toString());
        // require with a named file that does not exist: no verification, as libpq
        assertThat(plan("sslmode", "require", "sslrootcert", home.resolve("missing.pem").toString()).mode())
                .isEqualTo(TlsMode.TRUST_ANY);
    }

    @Test
    void systemRootsForceVerifyFull() {
        PgTlsPlan p = plan("sslrootcert", "system");
        assertThat(p.sslmode()).isEqualTo("verify-full");
        assertThat(p.mode()).isEqualTo(TlsMode.VERIFY_FULL);
        assertThat(p.settings().usesSystemRoots()).isTrue();
        assertThat(p.requiresTls()).isTrue();
        assertThat(plan("sslrootcert", "system", "sslmode", "verify-full").mode()).isEqualTo(TlsMode.VERIFY_FULL);
        assertThatThrownBy(() -> plan("sslrootcert", "system", "sslmode", "require"))
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("weak sslmode \"require\"");
    }

    @Test
    void directNegotiation() {
        PgTlsPlan p = plan("sslmode", "require", "sslnegotiation", "direct");
        assertThat(p.attempts()).containsExactly(DIRECT_TLS);
        assertThat(p.settings().alpn()).containsExactly("postgresql");
        assertThat(plan("sslmode", "require").settings().alpn()).isEmpty();
        for (String m : List.of("disable", "allow", "prefer")) {
            assertThatThrownBy(() -> plan("sslmode", m, "sslnegotiation", "direct"))
                    .isInstanceOf(InvalidOptionException.class).hasMessageContaining("sslmode is " + m);
        }
    }

    @Test
    void defaultClientCertificateAndKey() throws IOException {
        assertThat(plan("sslmode", "require").settings().clientCert()).isNull();
        Path crt = touch(pgDir.resolve("postgresql.crt"));
        assertThatThrownBy(() -> plan("sslmode", "require")).isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("no private key file");
        Path key = touch(pgDir.resolve("postgresql.key"));
        TlsSettings s = plan("sslmode", "require").settings();
        assertThat(s.clientCert()).isEqualTo(crt);
        assertThat(s.clientKey()).isEqualTo(key);
        assertThat(plan("sslmode", "require", "sslcertmode", "disable").settings().clientCert()).isNull();
    }

    @Test
    void explicitClientFilesAndPassword() throws IOException {
        Path crt = touch(home.resolve("c.crt"));
        Path key = touch(home.resolve("c.key"));
        TlsSettings s = plan("sslcert", crt.toString(), "sslkey", key.toString(), "sslpassword", "pass").settings();
        assertThat(s.clientCert()).isEqualTo(crt);
        assertThat(s.clientKey()).isEqualTo(key);
        assertThat(s.keyPassword().reveal()).isEqualTo("pass");
        assertThatThrownBy(() -> plan("sslcert", home.resolve("nope.crt").toString()))
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("nope.crt");
        // a key without a certificate is not used
        assertThat(plan("sslkey", key.toString()).settings().clientKey()).isNull();
    }

    @Test
    void keyFileReadableByOthersIsRefused() throws IOException {
        Path crt = touch(home.resolve("c.crt"));
        Path key = touch(home.resolve("c.key"));
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> plan("sslcert", crt.toString(), "sslkey", key.toString()))
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("group or world access");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-rw----"));
        assertThatThrownBy(() -> plan("sslcert", crt.toString(), "sslkey", key.toString()))
                .isInstanceOf(InvalidOptionException.class);
    }

    @Test
    void timeoutsProtocolsSniAndCrl() throws IOException {
        TlsSettings dflt = plan().settings();
        assertThat(dflt.handshakeTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(dflt.sni()).isTrue();
        assertThat(dflt.minProtocol()).isEqualTo("TLSv1.2");
        assertThat(dflt.maxProtocol()).isNull();
        assertThat(plan("connect_timeout", "3").settings().handshakeTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(plan("connect_timeout", "0").settings().handshakeTimeout()).isEqualTo(TlsSettings.DEFAULT_HANDSHAKE_TIMEOUT);
        assertThat(plan("sslsni", "0").settings().sni()).isFalse();
        TlsSettings v = plan("ssl_min_protocol_version", "TLSv1.3", "ssl_max_protocol_version", "TLSv1.3").settings();
        assertThat(v.minProtocol()).isEqualTo("TLSv1.3");
        assertThat(v.maxProtocol()).isEqualTo("TLSv1.3");
        assertThatThrownBy(() -> plan("ssl_min_protocol_version", "TLSv1.3", "ssl_max_protocol_version", "TLSv1.2"))
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("range");
        Path crl = home.resolve("one.crl");
        copy("one.crl", crl);
        assertThat(plan("sslcrl", crl.toString()).settings().crl()).isEqualTo(crl);
    }

    @Test
    void crlDirectoryIsMergedOnce() throws IOException {
        Path dir = Files.createDirectory(home.resolve("crls"));
        copy("one.crl", dir.resolve("a.r0"));
        copy("two.crl", dir.resolve("b.r0"));
        Path merged = plan("sslcrldir", dir.toString()).settings().crl();
        assertThat(PemFiles.crls(merged, "sslcrldir")).hasSize(2);
        assertThat(plan("sslcrldir", dir.toString()).settings().crl()).isEqualTo(merged);
        Path single = home.resolve("one.crl");
        copy("one.crl", single);
        assertThat(PemFiles.crls(plan("sslcrl", single.toString(), "sslcrldir", dir.toString()).settings().crl(), "x"))
                .hasSize(3);
        assertThatThrownBy(() -> plan("sslcrldir", home.resolve("none").toString()))
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("not a directory");
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = PgTlsPolicyTest.class.getResourceAsStream(resource)) {
            Files.copy(in, to);
        }
    }

    @Test
    void sslResponse() {
        PgTlsPlan prefer = plan();
        PgTlsPlan require = plan("sslmode", "require");
        assertThat(prefer.onSslResponse('S', "db:5432")).isEqualTo(PgTlsPlan.SslAnswer.UPGRADE);
        assertThat(prefer.onSslResponse('N', "db:5432")).isEqualTo(PgTlsPlan.SslAnswer.CONTINUE_PLAIN);
        assertThatThrownBy(() -> require.onSslResponse('N', "db:5432")).isInstanceOf(OperationalException.class)
                .hasMessage("server db:5432 does not support SSL, but sslmode=require requires it");
        assertThatThrownBy(() -> prefer.onSslResponse('E', "db:5432")).isInstanceOf(OperationalException.class)
                .hasMessageContaining("not shown");
        assertThatThrownBy(() -> prefer.onSslResponse(-1, "db:5432")).isInstanceOf(OperationalException.class);
        assertThatThrownBy(() -> prefer.onSslResponse('X', "db:5432")).isInstanceOf(InternalException.class)
                .hasMessageContaining("0x58");
    }

    @Test
    void unixSocketsNeverUseTls() {
        assertThat(plan("sslmode", "require").attemptsFor(true)).containsExactly(PLAIN);
        assertThat(plan("sslmode", "require").attemptsFor(false)).containsExactly(SSL_REQUEST);
    }
}
