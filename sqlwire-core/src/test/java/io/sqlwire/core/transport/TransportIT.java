package io.sqlwire.core.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.NotSupportedException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** TCP, Unix-socket and TLS behaviour against the harness PostgreSQL primary. */
@Timeout(60)
class TransportIT {
    static final int PG = HarnessEnv.port("HARNESS_PG_PRIMARY_PORT");
    static final String CA = HarnessEnv.get("HARNESS_SSL_CA");
    static final SocketSettings SOCKETS = SocketSettings.DEFAULT.withConnectTimeout(Duration.ofSeconds(5));

    static Transport connect(String ip, int port) throws IOException {
        InetSocketAddress addr = new InetSocketAddress(InetAddress.getByName(ip), port);
        return Transports.connectTcp(addr, new io.sqlwire.HostSpec(ip, port).toString(), SOCKETS);
    }

    static TlsSettings.Builder tls(TlsMode mode) {
        return TlsSettings.builder().mode(mode).rootCert(CA);
    }

    /** SSLRequest, 'S', TLS as {@code serverName}; then a trust_user login proves the encrypted channel works. */
    static Transport secure(String ip, String serverName, TlsSettings settings) throws IOException {
        Transport t = connect(ip, PG);
        assertThat(PgWire.sslRequest(t)).isEqualTo('S');
        t.upgradeToTls(settings, serverName);
        return t;
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1", "::1"})
    void verifyFullAcceptsEveryNameInTheCertificate(String host) throws IOException {
        String ip = host.equals("localhost") ? "127.0.0.1" : host;
        try (Transport t = secure(ip, host, tls(TlsMode.VERIFY_FULL).build())) {
            assertThat(t.isSecure()).isTrue();
            TlsInfo info = t.tlsInfo().orElseThrow();
            assertThat(info.protocol()).isIn("TLSv1.2", "TLSv1.3");
            assertThat(info.serverCertificate().orElseThrow().getSubjectX500Principal().getName()).isEqualTo("CN=localhost");
            PgWire.startup(t, "trust_user");
            assertThat(PgWire.firstReply(t)).isEqualTo("R0");
        }
    }

    @Test
    void verifyFullRejectsAnAddressTheCertificateDoesNotName() throws IOException {
        Transport t = connect("127.0.0.2", PG);
        assertThat(PgWire.sslRequest(t)).isEqualTo('S');
        assertThatThrownBy(() -> t.upgradeToTls(tls(TlsMode.VERIFY_FULL).build(), "127.0.0.2"))
                .isInstanceOf(TransportException.class)
                .hasMessageStartingWith("TLS handshake with 127.0.0.2:" + PG
                        + " failed: server certificate does not match host name \"127.0.0.2\"")
                .hasMessageContaining("localhost, 127.0.0.1, ::1")
                .satisfies(e -> assertThat(((TransportException) e).isTransient()).isFalse());
        assertThat(t.isOpen()).isFalse();
    }

    @Test
    void verifyCaAcceptsTheWrongHost() throws IOException {
        try (Transport t = secure("127.0.0.2", "127.0.0.2", tls(TlsMode.VERIFY_CA).build())) {
            assertThat(t.isSecure()).isTrue();
        }
    }

    @Test
    void hostaddrStyleVerifiesTheGivenNameNotTheAddress() throws IOException {
        // connect to 127.0.0.2 but verify "localhost": the name given is what counts
        try (Transport t = secure("127.0.0.2", "localhost", tls(TlsMode.VERIFY_FULL).build())) {
            assertThat(t.isSecure()).isTrue();
        }
    }

    @Test
    void wrongCaFailsNamingTheTrustFile() throws IOException {
        String other = HarnessEnv.get("HARNESS_SSL_OTHER_CA");
        Transport t = connect("127.0.0.1", PG);
        assertThat(PgWire.sslRequest(t)).isEqualTo('S');
        assertThatThrownBy(() -> t.upgradeToTls(tls(TlsMode.VERIFY_CA).rootCert(other).build(), "localhost"))
                .isInstanceOf(TransportException.class)
                .hasMessageStartingWith("TLS handshake with 127.0.0.1:" + PG + " failed: server certificate is not trusted by "
                        + other);
        assertThat(t.isOpen()).isFalse();
    }

    @Test
    void trustAnyEncryptsWithoutChecking() throws IOException {
        TlsSettings any = TlsSettings.builder().mode(TlsMode.TRUST_ANY).rootCert(HarnessEnv.get("HARNESS_SSL_OTHER_CA")).build();
        try (Transport t = secure("127.0.0.2", "127.0.0.2", any)) {
            assertThat(t.isSecure()).isTrue();
        }
    }

    @Test
    void closedPortIsRefusedQuickly() throws IOException {
        int port = freePort();
        long start = System.nanoTime();
        assertThatThrownBy(() -> connect("127.0.0.1", port))
                .isInstanceOf(TransportException.class)
                .hasMessage("connect to 127.0.0.1:" + port + " refused")
                .satisfies(e -> {
                    TransportException te = (TransportException) e;
                    assertThat(te.isTransient()).isTrue();
                    assertThat(te.reason()).isEqualTo("refused");
                    assertThat(te.sqlState()).isEqualTo("08001");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void unixSocketToThePostgresSocketDirectory() throws IOException {
        Path file = Path.of(HarnessEnv.get("HARNESS_PG_SOCKET_DIR"), ".s.PGSQL." + PG);
        try (Transport t = Transports.connectUnix(file, SOCKETS)) {
            assertThat(t.isUnixSocket()).isTrue();
            assertThat(t.peer()).isEqualTo(file.toString());
            assertThat(PgWire.sslRequest(t)).isEqualTo('N'); // PostgreSQL offers no TLS on Unix sockets
            assertThatThrownBy(() -> t.upgradeToTls(tls(TlsMode.VERIFY_FULL).build(), "localhost"))
                    .isInstanceOf(NotSupportedException.class);
            PgWire.startup(t, "postgres");
            t.setReadTimeout(Duration.ofSeconds(5));
            assertThat(PgWire.firstReply(t)).isEqualTo("R0");
        }
    }

    @Test
    void missingUnixSocketFileIsNamed() {
        Path file = Path.of(HarnessEnv.get("HARNESS_PG_SOCKET_DIR"), ".s.PGSQL.1");
        assertThatThrownBy(() -> Transports.connectUnix(file, SOCKETS))
                .isInstanceOf(TransportException.class)
                .hasMessage("connect to " + file + " failed: no such socket file (is the server running and is this its socket?)");
    }

    @Test
    void unixSocketReadTimeoutEndsTheReadAndClosesTheTransport() throws IOException {
        Path file = Path.of(HarnessEnv.get("HARNESS_PG_SOCKET_DIR"), ".s.PGSQL." + PG);
        Transport t = Transports.connectUnix(file, SOCKETS);
        t.setReadTimeout(Duration.ofMillis(300));
        // the server waits for a startup packet, so nothing arrives
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> t.input().read());
        assertThat(e).isInstanceOf(java.net.SocketTimeoutException.class);
        assertThat(t.failure("waiting for the server", e)).hasMessage("connection to " + file
                + " timed out after 300 ms waiting for the server");
        assertThat(t.isOpen()).isFalse();
    }

    @Test
    void tcpReadTimeoutKeepsTheConnection() throws IOException {
        try (Transport t = connect("127.0.0.1", PG)) {
            t.setReadTimeout(Duration.ofMillis(300));
            assertThatThrownBy(() -> t.input().read()).isInstanceOf(java.net.SocketTimeoutException.class);
            assertThat(t.isOpen()).isTrue();
            t.setReadTimeout(Duration.ofSeconds(5));
            assertThat(PgWire.sslRequest(t)).isEqualTo('S');
        }
    }

    @Test
    void directTlsToAPostgres15ServerFailsWithATypedError() {
        TlsSettings direct = tls(TlsMode.VERIFY_FULL).alpn(List.of("postgresql")).handshakeTimeout(Duration.ofSeconds(5)).build();
        InetSocketAddress addr = new InetSocketAddress("127.0.0.1", PG);
        assertThatThrownBy(() -> Transports.connectDirectTls(addr, "127.0.0.1:" + PG, SOCKETS, TlsContext.create(direct),
                "localhost"))
                .isInstanceOf(TransportException.class)
                .hasMessageStartingWith("TLS handshake with 127.0.0.1:" + PG);
    }

    @Test
    void failedConnectsAndHandshakesLeakNoDescriptors() throws IOException {
        Path fds = Path.of("/proc/self/fd");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(fds), "needs /proc");
        int dead = freePort();
        TlsSettings full = tls(TlsMode.VERIFY_FULL).build();
        Runnable round = () -> {
            try {
                connect("127.0.0.1", dead);
            } catch (TransportException | IOException expected) {
                // refused
            }
            try {
                secure("127.0.0.2", "127.0.0.2", full);
            } catch (TransportException | IOException expected) {
                // wrong host
            }
        };
        for (int i = 0; i < 5; i++) {
            round.run(); // warm up: class loading may open jar files
        }
        long before = countFds(fds);
        for (int i = 0; i < 40; i++) {
            round.run();
        }
        assertThat(countFds(fds)).isLessThanOrEqualTo(before + 3);
    }

    private static long countFds(Path fds) throws IOException {
        try (var s = java.nio.file.Files.list(fds)) {
            return s.count();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }
}
