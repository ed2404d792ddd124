package io.sqlwire.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** FaultProxy against a loopback echo server, and in front of the harness PostgreSQL primary. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FaultProxyIT {

    private static final Duration SHORT = Duration.ofMillis(300);
    private static final Duration LONG = Duration.ofSeconds(20);

    private EchoServer echo;
    private FaultProxy proxy;

    @BeforeEach
    void start() throws IOException {
        echo = new EchoServer();
        proxy = FaultProxy.start("127.0.0.1", echo.port());
    }

    @AfterEach
    void stop() throws IOException {
        proxy.close();
        echo.close();
    }

    private Socket connect(Duration readTimeout) throws IOException {
        return Probes.open(proxy.host(), proxy.port(), readTimeout);
    }

    private static void send(Socket s, String text) throws IOException {
        s.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        s.getOutputStream().flush();
    }

    private static String receive(Socket s, int bytes) throws IOException {
        return new String(s.getInputStream().readNBytes(bytes), StandardCharsets.UTF_8);
    }

    private static void awaitZeroOpen(FaultProxy p) throws InterruptedException {
        for (int i = 0; i < 200 && p.openConnections() > 0; i++) {
            Thread.sleep(25);
        }
    }

    @Test
    void forwardsBothWaysAndCountsConnections() throws IOException {
        try (Socket a = connect(LONG); Socket b = connect(LONG)) {
            send(a, "hello");
            send(b, "world");
            assertThat(receive(a, 5)).isEqualTo("hello");
            assertThat(receive(b, 5)).isEqualTo("world");
            assertThat(proxy.connectionCount()).isEqualTo(2);
            assertThat(proxy.openConnections()).isEqualTo(2);
            assertThat(echo.accepted()).isEqualTo(2);
        }
        assertThat(proxy.host()).isEqualTo("127.0.0.1");
    }

    @Test
    void forwardsLargeTransfersIntact() throws IOException {
        byte[] data = new byte[1 << 20];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31);
        }
        try (Socket s = connect(LONG)) {
            Thread writer = Thread.ofVirtual().start(() -> {
                try {
                    s.getOutputStream().write(data);
                } catch (IOException ignored) {
                    // the read below fails then too
                }
            });
            assertThat(s.getInputStream().readNBytes(data.length)).isEqualTo(data);
            writer.interrupt();
        }
    }

    @Test
    void delayHoldsBackEachChunk() throws IOException {
        proxy.delay(Duration.ofSeconds(1));
        try (Socket s = connect(SHORT)) {
            send(s, "x");
            // the chunk waits a second on the way in and another on the way out
            assertThatThrownBy(() -> s.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
            s.setSoTimeout((int) LONG.toMillis());
            assertThat(receive(s, 1)).isEqualTo("x");
        }
        proxy.delay(Duration.ZERO);
        try (Socket s = connect(LONG)) {
            send(s, "y");
            assertThat(receive(s, 1)).isEqualTo("y");
        }
    }

    @Test
    void freezeKeepsSocketsButStopsForwarding() throws IOException {
        try (Socket s = connect(SHORT)) {
            send(s, "a");
            s.setSoTimeout((int) LONG.toMillis());
            assertThat(receive(s, 1)).isEqualTo("a");
            proxy.freeze();
            s.setSoTimeout((int) SHORT.toMillis());
            send(s, "b");
            assertThatThrownBy(() -> s.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
            assertThat(proxy.openConnections()).isEqualTo(1);
            proxy.unfreeze();
            s.setSoTimeout((int) LONG.toMillis());
            assertThat(receive(s, 1)).isEqualTo("b");
        }
    }

    @Test
    void cutClosesEveryLiveConnection() throws Exception {
        try (Socket a = connect(LONG); Socket b = connect(LONG)) {
            send(a, "1");
            send(b, "2");
            assertThat(receive(a, 1) + receive(b, 1)).isEqualTo("12");
            proxy.cut();
            assertThat(Probes.closedByPeer(a.getInputStream())).isTrue();
            assertThat(Probes.closedByPeer(b.getInputStream())).isTrue();
        }
        awaitZeroOpen(proxy);
        assertThat(proxy.openConnections()).isZero();
        try (Socket c = connect(LONG)) {
            send(c, "3");
            assertThat(receive(c, 1)).isEqualTo("3");
        }
    }

    @Test
    void resetMakesPeersSeeConnectionReset() throws IOException {
        try (Socket s = connect(LONG)) {
            send(s, "r");
            assertThat(receive(s, 1)).isEqualTo("r");
            proxy.reset();
            InputStream in = s.getInputStream();
            assertThatThrownBy(in::read).isInstanceOf(SocketException.class).hasMessageContaining("reset");
        }
    }

    @Test
    void blackholeAcceptsButNeverAnswersUntilHealed() throws Exception {
        proxy.blackhole();
        try (Socket s = connect(SHORT)) {
            send(s, "?");
            assertThatThrownBy(() -> s.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
            assertThat(echo.accepted()).isZero();
            assertThat(proxy.connectionCount()).isEqualTo(1);
            proxy.heal();
            s.setSoTimeout((int) LONG.toMillis());
            assertThat(Probes.closedByPeer(s.getInputStream())).isTrue();
        }
        try (Socket s = connect(LONG)) {
            send(s, "!");
            assertThat(receive(s, 1)).isEqualTo("!");
        }
    }

    @Test
    void closedProxyRefusesConnections() {
        int port = proxy.port();
        proxy.close();
        assertThatThrownBy(() -> Probes.open("127.0.0.1", port, SHORT).close()).isInstanceOf(ConnectException.class);
    }

    @Test
    @RequiresHarness
    void postgresAnswersSslRequestThroughTheProxy(Harness harness) throws IOException {
        try (FaultProxy pg = FaultProxy.start("127.0.0.1", harness.pgPrimaryPort());
             Socket s = Probes.open(pg.host(), pg.port(), LONG)) {
            assertThat(Probes.sslRequest(s)).isEqualTo('S');
        }
    }

    @Test
    @RequiresHarness
    void frozenProxyMakesPostgresReadsTimeOut(Harness harness) throws IOException {
        try (FaultProxy pg = FaultProxy.start("127.0.0.1", harness.pgPrimaryPort());
             Socket s = Probes.open(pg.host(), pg.port(), SHORT)) {
            pg.freeze();
            assertThatThrownBy(() -> Probes.sslRequest(s)).isInstanceOf(SocketTimeoutException.class);
            pg.unfreeze();
            s.setSoTimeout((int) LONG.toMillis());
            assertThat(s.getInputStream().read()).isEqualTo('S');
        }
    }

    @Test
    @RequiresHarness
    void cutProxyEndsPostgresSession(Harness harness) throws IOException {
        try (FaultProxy pg = FaultProxy.start("127.0.0.1", harness.pgPrimaryPort());
             Socket s = Probes.open(pg.host(), pg.port(), LONG)) {
            assertThat(Probes.sslRequest(s)).isEqualTo('S');
            pg.cut();
            assertThat(Probes.closedByPeer(s.getInputStream())).isTrue();
        }
    }
}
