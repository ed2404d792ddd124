package io.sqlwire.postgres.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.ConnectOptions;
import io.sqlwire.OperationalException;
import io.sqlwire.Secret;
import io.sqlwire.core.options.Environment;
import io.sqlwire.core.transport.SocketSettings;
import io.sqlwire.core.transport.TlsInfo;
import io.sqlwire.core.transport.TlsMode;
import io.sqlwire.core.transport.Transport;
import io.sqlwire.core.transport.TransportException;
import io.sqlwire.core.transport.Transports;
import io.sqlwire.testkit.Harness;
import io.sqlwire.testkit.RequiresHarness;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@link PgTlsPolicy} and {@link Authenticator} against the harness PostgreSQL primary. */
@RequiresHarness
@Timeout(60)
class PgAuthIT {
    static final Harness H = Harness.current();

    @TempDir
    Path home; // empty: no ~/.postgresql defaults from the machine running the tests

    static ConnectOptions opts(String user, String password, String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return new ConnectOptions("postgresql", List.of(), user, Secret.of(password), "postgres", m, Map.of());
    }

    PgTlsPlan plan(ConnectOptions o) {
        return PgTlsPolicy.from(o, Environment.of(Map.of(), home));
    }

    /** Connects to the primary at {@code host}, running the plan's first attempt. */
    Transport connect(String host, PgTlsPlan plan) throws IOException {
        int port = H.pgPrimaryPort();
        Transport t = Transports.connectTcp(new InetSocketAddress(host, port), host + ":" + port,
                SocketSettings.DEFAULT.withConnectTimeout(Duration.ofSeconds(5)));
        try {
            t.setReadTimeout(Duration.ofSeconds(20));
            if (plan.attempts().get(0) == PgTlsPlan.Attempt.SSL_REQUEST) {
                assertThat(RawStartup.sslRequest(t)).isEqualTo('S');
                t.upgradeToTls(plan.tlsContext(), host);
            }
            return t;
        } catch (RuntimeException | IOException | AssertionError e) {
            t.close();
            throw e;
        }
    }

    String login(String host, ConnectOptions o) throws IOException {
        try (Transport t = connect(host, plan(o))) {
            return RawStartup.login(t, o.user(), "postgres", Authenticator.forTransport(o, o.user(), o.password(), t));
        }
    }

    @Test
    void verifyFullToLocalhostWithChannelBinding() throws IOException {
        ConnectOptions o = opts("scram_user", "scram_pw", "sslmode", "verify-full", "sslrootcert", H.caCert().toString());
        PgTlsPlan p = plan(o);
        assertThat(p.mode()).isEqualTo(TlsMode.VERIFY_FULL);
        try (Transport t = connect("localhost", p)) {
            assertThat(t.isSecure()).isTrue();
            assertThat(t.tlsInfo().flatMap(TlsInfo::serverCertificate)).isPresent();
            Authenticator auth = Authenticator.forTransport(o, "scram_user", o.password(), t);
            assertThat(RawStartup.login(t, "scram_user", "postgres", auth)).isEqualTo("ok");
            assertThat(auth.channelBound()).isTrue();
            assertThat(auth.method()).isEqualTo(AuthMethod.SCRAM_SHA_256);
        }
    }

    @Test
    void verifyFullToWrongHostFailsNamingIt() {
        PgTlsPlan p = plan(opts("x", "x", "sslmode", "verify-full", "sslrootcert", H.caCert().toString()));
        assertThatThrownBy(() -> connect("127.0.0.2", p)).isInstanceOf(TransportException.class)
                .hasMessageContaining("does not match host name \"127.0.0.2\"");
    }

    @Test
    void requireDoesNotCheckTheHostName() throws IOException {
        PgTlsPlan p = plan(opts("x", "x", "sslmode", "require"));
        assertThat(p.mode()).isEqualTo(TlsMode.TRUST_ANY);
        try (Transport t = connect("127.0.0.2", p)) {
            assertThat(t.isSecure()).isTrue();
        }
    }

    @Test
    void wrongCaFails() {
        PgTlsPlan p = plan(opts("x", "x", "sslmode", "verify-ca", "sslrootcert", H.otherCaCert().toString()));
        assertThatThrownBy(() -> connect("localhost", p)).isInstanceOf(TransportException.class)
                .hasMessageContaining("localhost").hasMessageContaining("not trusted");
    }

    @Test
    void clientCertificateLogsIn() throws IOException {
        ConnectOptions o = opts("cert_user", "unused", "sslmode", "verify-full", "sslrootcert", H.caCert().toString(),
                "sslcert", H.clientCert().toString(), "sslkey", H.clientKey().toString());
        PgTlsPlan p = plan(o);
        assertThat(p.settings().clientCert()).isEqualTo(H.clientCert());
        assertThat(login("localhost", o)).isEqualTo("ok");
        ConnectOptions required = certUser(H.clientKey(), "sslcertmode", "require");
        assertThat(login("localhost", required)).isEqualTo("ok");
        // without the certificate the server refuses cert_user
        ConnectOptions none = opts("cert_user", "unused", "sslmode", "require");
        assertThat(login("localhost", none)).contains("certificate");
    }

    @Test
    void scramWithoutTls() throws IOException {
        assertThat(login("127.0.0.1", opts("scram_user", "scram_pw", "sslmode", "disable"))).isEqualTo("ok");
        assertThat(login("127.0.0.1", opts("scram_user", "wrong", "sslmode", "disable")))
                .contains("password authentication failed");
    }

    @Test
    void scramOverTlsWithChannelBindingDisabled() throws IOException {
        assertThat(login("localhost", opts("scram_user", "scram_pw", "sslmode", "require", "channel_binding", "disable")))
                .isEqualTo("ok");
    }

    @Test
    void md5AndRequireAuth() throws IOException {
        assertThat(login("127.0.0.1", opts("md5_user", "md5_pw", "sslmode", "disable"))).isEqualTo("ok");
        assertThat(login("127.0.0.1", opts("md5_user", "wrong", "sslmode", "disable")))
                .contains("password authentication failed");
        assertThatThrownBy(() -> login("127.0.0.1", opts("md5_user", "md5_pw", "sslmode", "disable",
                "require_auth", "scram-sha-256")))
                .isInstanceOf(OperationalException.class)
                .hasMessage("server requested md5 authentication, but require_auth=scram-sha-256");
    }

    @Test
    void cleartextPasswordNeedsTls() throws IOException {
        assertThatThrownBy(() -> login("127.0.0.1", opts("clear_user", "clear_pw", "sslmode", "disable")))
                .isInstanceOf(OperationalException.class).hasMessageContaining("allow_cleartext_password=true");
        assertThat(login("127.0.0.1", opts("clear_user", "clear_pw", "sslmode", "disable",
                "allow_cleartext_password", "true"))).isEqualTo("ok");
        assertThat(login("localhost", opts("clear_user", "clear_pw", "sslmode", "require"))).isEqualTo("ok");
    }

    @Test
    void trustAndRequireAuth() throws IOException {
        assertThat(login("127.0.0.1", opts("trust_user", "x", "sslmode", "disable"))).isEqualTo("ok");
        assertThatThrownBy(() -> login("127.0.0.1", opts("trust_user", "x", "sslmode", "disable", "require_auth", "!none")))
                .isInstanceOf(OperationalException.class).hasMessageContaining("without authentication");
        assertThatThrownBy(() -> login("localhost", opts("trust_user", "x", "sslmode", "require", "channel_binding", "require")))
                .isInstanceOf(OperationalException.class).hasMessageContaining("without channel binding");
    }

    @Test
    void channelBindingRequireWithoutTls() {
        assertThatThrownBy(() -> login("127.0.0.1", opts("scram_user", "scram_pw", "sslmode", "disable",
                "channel_binding", "require")))
                .isInstanceOf(OperationalException.class).hasMessageContaining("does not use TLS");
    }

    /** The connector's loop over the plan's attempts, as {@link PgTlsPlan} documents it. */
    String loginWithPlan(String host, ConnectOptions o) throws IOException {
        PgTlsPlan p = plan(o);
        String last = null;
        int port = H.pgPrimaryPort();
        for (PgTlsPlan.Attempt a : p.attempts()) {
            try (Transport t = Transports.connectTcp(new InetSocketAddress(host, port), host + ":" + port,
                    SocketSettings.DEFAULT.withConnectTimeout(Duration.ofSeconds(5)))) {
                t.setReadTimeout(Duration.ofSeconds(20));
                if (a == PgTlsPlan.Attempt.SSL_REQUEST
                        && p.onSslResponse(RawStartup.sslRequest(t), t.peer()) == PgTlsPlan.SslAnswer.UPGRADE) {
                    t.upgradeToTls(p.tlsContext(), host);
                }
                last = RawStartup.login(t, o.user(), "postgres", Authenticator.forTransport(o, o.user(), o.password(), t));
                if (last.equals("ok")) {
                    return (t.isSecure() ? "tls " : "plain ") + last;
                }
            }
        }
        return last;
    }

    @Test
    void allowTriesPlainFirstAndTlsWhenTheServerInsists() throws IOException {
        assertThat(loginWithPlan("127.0.0.1", opts("scram_user", "scram_pw", "sslmode", "allow"))).isEqualTo("plain ok");
        assertThat(loginWithPlan("127.0.0.1", opts("ssl_user", "ssl_pw", "sslmode", "allow"))).isEqualTo("tls ok");
        assertThat(loginWithPlan("127.0.0.1", opts("ssl_user", "ssl_pw", "sslmode", "disable"))).contains("pg_hba.conf");
    }

    @Test
    void preferUsesTls() throws IOException {
        assertThat(loginWithPlan("127.0.0.1", opts("scram_user", "scram_pw"))).isEqualTo("tls ok");
        assertThat(loginWithPlan("localhost", opts("ssl_user", "ssl_pw", "sslmode", "require"))).isEqualTo("tls ok");
    }

    ConnectOptions certUser(Path key, String... more) {
        List<String> kv = new java.util.ArrayList<>(List.of("sslmode", "verify-full", "sslrootcert", H.caCert().toString(),
                "sslcert", H.clientCert().toString(), "sslkey", key.toString()));
        kv.addAll(List.of(more));
        ConnectOptions o = opts("cert_user", "unused", kv.toArray(String[]::new));
        return o;
    }

    @Test
    void clientKeyFormats() throws Exception {
        assertThat(login("localhost", certUser(H.clientKeyPk8()))).isEqualTo("ok");
        assertThat(login("localhost", certUser(TestKeys.pkcs1Pem(H.clientKeyPk8(), home.resolve("rsa.pem"))))).isEqualTo("ok");
    }

    @Test
    void encryptedClientKeyWithSslpassword() throws Exception {
        Path key = TestKeys.encryptedPkcs8Pem(H.clientKeyPk8(), "k3y-pass", home.resolve("enc.pem"));
        ConnectOptions base = certUser(key);
        ConnectOptions good = new ConnectOptions("postgresql", List.of(), "cert_user", null, "postgres", base.options(),
                Map.of("sslpassword", Secret.of("k3y-pass")));
        assertThat(login("localhost", good)).isEqualTo("ok");
        ConnectOptions bad = new ConnectOptions("postgresql", List.of(), "cert_user", null, "postgres", base.options(),
                Map.of("sslpassword", Secret.of("wrong-pass")));
        assertThatThrownBy(() -> login("localhost", bad)).isInstanceOf(io.sqlwire.InvalidOptionException.class)
                .hasMessageContaining("sslkey").hasMessageNotContaining("wrong-pass");
    }

    @Test
    void stalledHandshakeTimesOut() throws IOException {
        try (io.sqlwire.testkit.FaultProxy proxy = io.sqlwire.testkit.FaultProxy.start("127.0.0.1", H.pgPrimaryPort());
                Transport t = Transports.connectTcp(proxy.address(), "proxy", SocketSettings.DEFAULT)) {
            PgTlsPlan p = plan(opts("x", "x", "sslmode", "require", "connect_timeout", "2"));
            t.setReadTimeout(Duration.ofSeconds(20));
            assertThat(RawStartup.sslRequest(t)).isEqualTo('S');
            proxy.freeze();
            long start = System.nanoTime();
            assertThatThrownBy(() -> t.upgradeToTls(p.tlsContext(), "localhost"))
                    .isInstanceOf(TransportException.class).hasMessageContaining("timed out");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        }
    }

    // PostgreSQL 15 predates direct TLS: it reads the ClientHello as a startup packet and hangs up
    @Test
    void directTlsToAPre17ServerFailsClearly() {
        PgTlsPlan p = plan(opts("x", "x", "sslmode", "require", "sslnegotiation", "direct", "connect_timeout", "5"));
        assertThat(p.attempts()).containsExactly(PgTlsPlan.Attempt.DIRECT_TLS);
        int port = H.pgPrimaryPort();
        assertThatThrownBy(() -> Transports.connectDirectTls(new InetSocketAddress("localhost", port), "localhost:" + port,
                SocketSettings.DEFAULT.withConnectTimeout(Duration.ofSeconds(5)), p.tlsContext(), "localhost").close())
                .isInstanceOf(TransportException.class).hasMessageContaining("localhost:" + port);
    }
}
