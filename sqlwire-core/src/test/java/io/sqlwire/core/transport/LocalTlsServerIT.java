package io.sqlwire.core.transport;

import static io.sqlwire.core.transport.TestFiles.tls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Transport behaviour against servers in this JVM, on 127.0.0.1: one that stalls, and a TLS server
 * with the test certificate (CN=localhost; SANs localhost, *.db.example.com, 127.0.0.1, ::1).
 */
@Timeout(60)
class LocalTlsServerIT {
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private ServerSocket server;

    @AfterEach
    void stop() throws IOException {
        server.close();
        for (Socket s : accepted) {
            s.close();
        }
        pool.shutdownNow();
    }

    /** Accepts connections and never says anything. */
    private int stallingServer() throws IOException {
        server = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"));
        pool.submit(() -> {
            while (!server.isClosed()) {
                accepted.add(server.accept());
            }
            return null;
        });
        return server.getLocalPort();
    }

    /** A direct-TLS server that selects ALPN "postgresql" when offered and answers each byte with 'K'. */
    private int tlsServer(boolean alpn) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("server", PrivateKeys.load(tls("server.key"), null), new char[0],
                PemFiles.certificates(tls("server.crt"), "sslcert").toArray(new java.security.cert.Certificate[0]));
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, new char[0]);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        SSLServerSocket ss = (SSLServerSocket) ctx.getServerSocketFactory().createServerSocket(0, 5,
                InetAddress.getByName("127.0.0.1"));
        SSLParameters params = ss.getSSLParameters();
        if (alpn) {
            params.setApplicationProtocols(new String[] {"postgresql"});
        }
        ss.setSSLParameters(params);
        server = ss;
        pool.submit(() -> {
            while (!server.isClosed()) {
                SSLSocket s = (SSLSocket) server.accept();
                accepted.add(s);
                pool.submit(() -> {
                    while (s.getInputStream().read() >= 0) {
                        s.getOutputStream().write('K');
                        s.getOutputStream().flush();
                    }
                    return null;
                });
            }
            return null;
        });
        return ss.getLocalPort();
    }

    private static TlsContext verifyFull(List<String> alpn) {
        return TlsContext.create(TlsSettings.builder().mode(TlsMode.VERIFY_FULL).rootCert(tls("ca.crt").toString())
                .alpn(alpn).build());
    }

    private static InetSocketAddress local(int port) {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }

    @Test
    void stalledHandshakeTimesOutWithinTheBound() throws IOException {
        int port = stallingServer();
        Transport t = Transports.connectTcp(local(port), "127.0.0.1:" + port, SocketSettings.DEFAULT);
        TlsSettings settings = TlsSettings.builder().handshakeTimeout(Duration.ofSeconds(1)).build();
        long start = System.nanoTime();
        assertThatThrownBy(() -> t.upgradeToTls(settings, "localhost"))
                .isInstanceOf(TransportException.class)
                .hasMessage("TLS handshake with 127.0.0.1:" + port + " timed out after 1 s")
                .satisfies(e -> assertThat(((TransportException) e).isTransient()).isTrue());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
        assertThat(t.isOpen()).isFalse();
    }

    @Test
    void connectTimeoutIsReportedWithItsBound() throws IOException {
        // a listener that never accepts: once its backlog is full, the kernel drops new SYNs
        server = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
        int port = server.getLocalPort();
        SocketSettings oneSecond = SocketSettings.DEFAULT.withConnectTimeout(Duration.ofSeconds(1));
        List<Transport> queued = new java.util.ArrayList<>();
        TransportException timeout = null;
        for (int i = 0; i < 10 && timeout == null; i++) {
            try {
                queued.add(Transports.connectTcp(local(port), "127.0.0.1:" + port, oneSecond));
            } catch (TransportException e) {
                timeout = e;
            }
        }
        queued.forEach(Transport::close);
        assertThat(timeout).isNotNull()
                .hasMessage("connect to 127.0.0.1:" + port + " timed out after 1 s");
        assertThat(timeout.isTransient()).isTrue();
        assertThat(timeout.reason()).isEqualTo("timed out after 1 s");
    }

    @Test
    void withoutAHandshakeTimeoutTheConnectTimeoutBoundsTheHandshake() throws IOException {
        int port = stallingServer();
        Transport t = Transports.connectTcp(local(port), "127.0.0.1:" + port,
                SocketSettings.DEFAULT.withConnectTimeout(Duration.ofMillis(1500)));
        assertThatThrownBy(() -> t.upgradeToTls(TlsSettings.builder().build(), "localhost"))
                .isInstanceOf(TransportException.class)
                .hasMessage("TLS handshake with 127.0.0.1:" + port + " timed out after 1.5 s");
        assertThat(t.isOpen()).isFalse();
    }

    @Test
    void directTlsWithAlpn() throws Exception {
        int port = tlsServer(true);
        try (Transport t = Transports.connectDirectTls(local(port), "localhost:" + port, SocketSettings.DEFAULT,
                verifyFull(List.of("postgresql")), "localhost")) {
            TlsInfo info = t.tlsInfo().orElseThrow();
            assertThat(info.applicationProtocol()).isEqualTo("postgresql");
            assertThat(ChannelBinding.tlsServerEndPoint(info.serverCertificate().orElseThrow())).isPresent();
            t.output().write('x');
            t.output().flush();
            assertThat(t.input().read()).isEqualTo('K');
        }
    }

    @Test
    void directTlsFailsWhenTheServerIgnoresAlpn() throws Exception {
        int port = tlsServer(false);
        assertThatThrownBy(() -> Transports.connectDirectTls(local(port), "localhost:" + port, SocketSettings.DEFAULT,
                verifyFull(List.of("postgresql")), "localhost"))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("did not select ALPN protocol postgresql");
    }

    @Test
    void wildcardSanMatchesOneLabel() throws Exception {
        int port = tlsServer(false);
        try (Transport t = Transports.connectTcp(local(port), "pg1.db.example.com:" + port, SocketSettings.DEFAULT)) {
            t.upgradeToTls(verifyFull(List.of()), "pg1.db.example.com");
            assertThat(t.isSecure()).isTrue();
        }
        Transport t = Transports.connectTcp(local(port), "a.pg1.db.example.com:" + port, SocketSettings.DEFAULT);
        assertThatThrownBy(() -> t.upgradeToTls(verifyFull(List.of()), "a.pg1.db.example.com"))
                .hasMessageContaining("does not match host name \"a.pg1.db.example.com\"");
        assertThat(t.isOpen()).isFalse();
    }

    @Test
    void revokedServerCertificateIsRejectedOnlyWhenTheCrlSaysSo() throws Exception {
        int port = tlsServer(false);
        TlsSettings.Builder base = TlsSettings.builder().mode(TlsMode.VERIFY_FULL).rootCert(tls("ca.crt").toString());
        try (Transport ok = Transports.connectTcp(local(port), "localhost:" + port, SocketSettings.DEFAULT)) {
            ok.upgradeToTls(base.crl(tls("empty.crl")).build(), "localhost");
            assertThat(ok.isSecure()).isTrue();
        }
        Transport t = Transports.connectTcp(local(port), "localhost:" + port, SocketSettings.DEFAULT);
        assertThatThrownBy(() -> t.upgradeToTls(base.crl(tls("revoked-server.crl")).build(), "localhost"))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("server certificate is not trusted by")
                .hasMessageContaining("revoked");
        assertThat(t.isOpen()).isFalse();
    }

    @Test
    void plaintextBytesBufferedBeforeTheHandshakeAreRefused() throws Exception {
        server = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"));
        pool.submit(() -> {
            Socket s = server.accept();
            accepted.add(s);
            s.getInputStream().readNBytes(8);
            s.getOutputStream().write(new byte[] {'S', 'E', 'v', 'i', 'l'}); // 'S' plus injected bytes
            s.getOutputStream().flush();
            return null;
        });
        Transport t = Transports.connectTcp(local(server.getLocalPort()), "127.0.0.1:" + server.getLocalPort(),
                SocketSettings.DEFAULT);
        assertThat(PgWire.sslRequest(t)).isEqualTo('S');
        while (t.input().available() < 4) {
            Thread.sleep(10); // let the injected bytes arrive in the transport's buffer
        }
        assertThatThrownBy(() -> t.upgradeToTls(TlsSettings.builder().build(), "localhost"))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("sent 4 unencrypted bytes before the TLS handshake");
        assertThat(t.isOpen()).isFalse();
    }
}
