package io.sqlwire.core.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sqlwire.Secret;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Client certificates against the harness PostgreSQL, where cert_user logs in by certificate only
 * (pg_hba {@code hostssl ... cert}): AuthenticationOk proves the certificate was sent and accepted.
 */
@Timeout(60)
class ClientCertIT {
    static final int PG = HarnessEnv.port("HARNESS_PG_PRIMARY_PORT");
    static final Path CERT = Path.of(HarnessEnv.get("HARNESS_SSL_CLIENT_CERT"));
    static final Path KEY = Path.of(HarnessEnv.get("HARNESS_SSL_CLIENT_KEY"));

    static String loginAsCertUser(Path key, Secret password) throws IOException {
        TlsSettings settings = TlsSettings.builder().mode(TlsMode.VERIFY_FULL).rootCert(HarnessEnv.get("HARNESS_SSL_CA"))
                .clientCert(CERT).clientKey(key).keyPassword(password).build();
        InetSocketAddress addr = new InetSocketAddress(InetAddress.getByName("127.0.0.1"), PG);
        try (Transport t = Transports.connectTcp(addr, "127.0.0.1:" + PG, SocketSettings.DEFAULT)) {
            t.setReadTimeout(Duration.ofSeconds(10));
            assertThat(PgWire.sslRequest(t)).isEqualTo('S');
            t.upgradeToTls(settings, "localhost");
            assertThat(t.tlsInfo().orElseThrow().clientCertificateSent()).isTrue();
            PgWire.startup(t, "cert_user");
            return PgWire.firstReply(t);
        }
    }

    @Test
    void pemPkcs8KeyFromTheHarness() throws IOException {
        assertThat(Files.readString(KEY)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(loginAsCertUser(KEY, null)).isEqualTo("R0");
    }

    @Test
    void derPk8KeyFromTheHarness() throws IOException {
        assertThat(loginAsCertUser(Path.of(HarnessEnv.get("HARNESS_SSL_CLIENT_KEY_PK8")), null)).isEqualTo("R0");
    }

    @Test
    void withoutAClientCertificateTheServerRefuses() throws IOException {
        TlsSettings settings = TlsSettings.builder().mode(TlsMode.VERIFY_FULL).rootCert(HarnessEnv.get("HARNESS_SSL_CA")).build();
        try (Transport t = Transports.connectTcp(new InetSocketAddress("127.0.0.1", PG), "127.0.0.1:" + PG,
                SocketSettings.DEFAULT)) {
            t.setReadTimeout(Duration.ofSeconds(10));
            assertThat(PgWire.sslRequest(t)).isEqualTo('S');
            t.upgradeToTls(settings, "localhost");
            assertThat(t.tlsInfo().orElseThrow().clientCertificateSent()).isFalse();
            PgWire.startup(t, "cert_user");
            assertThat(PgWire.firstReply(t)).startsWith("E").contains("certificate");
        }
    }

    @Test
    void keysConvertedWithOpenssl(@TempDir Path dir) throws Exception {
        Path pkcs1 = dir.resolve("client-pkcs1.pem");
        Path encrypted = dir.resolve("client-encrypted.pem");
        Path legacy = dir.resolve("client-legacy.pem");
        assumeTrue(openssl("pkey", "-in", KEY.toString(), "-traditional", "-out", pkcs1.toString()), "openssl not available");
        assertThat(openssl("pkcs8", "-topk8", "-in", KEY.toString(), "-v2", "aes-256-cbc", "-passout", "pass:pw-123",
                "-out", encrypted.toString())).isTrue();
        assertThat(openssl("rsa", "-in", KEY.toString(), "-traditional", "-aes128", "-passout", "pass:pw-123",
                "-out", legacy.toString())).isTrue();
        assertThat(Files.readString(pkcs1)).startsWith("-----BEGIN RSA PRIVATE KEY-----");
        assertThat(Files.readString(encrypted)).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
        assertThat(loginAsCertUser(pkcs1, null)).isEqualTo("R0");
        assertThat(loginAsCertUser(encrypted, Secret.of("pw-123"))).isEqualTo("R0");
        assertThat(loginAsCertUser(legacy, Secret.of("pw-123"))).isEqualTo("R0");
        byte[] reference = PrivateKeys.load(KEY, null).getEncoded();
        assertThat(PrivateKeys.load(pkcs1, null).getEncoded()).isEqualTo(reference);
        assertThat(PrivateKeys.load(encrypted, Secret.of("pw-123")).getEncoded()).isEqualTo(reference);
    }

    private static boolean openssl(String... args) {
        try {
            Process p = new ProcessBuilder(concat("openssl", args)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<String> concat(String first, String... rest) {
        List<String> all = new java.util.ArrayList<>(List.of(first));
        all.addAll(List.of(rest));
        return all;
    }
}
