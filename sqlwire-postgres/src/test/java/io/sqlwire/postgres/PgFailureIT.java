package io.sqlwire.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.ConnectOptions;
import io.sqlwire.Connection;
import io.sqlwire.InterfaceException;
import io.sqlwire.InternalException;
import io.sqlwire.OperationalException;
import io.sqlwire.testkit.FaultProxy;
import io.sqlwire.testkit.Harness;
import io.sqlwire.testkit.RequiresHarness;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Failures arrive as typed exceptions within the timeout, naming the cause. */
@RequiresHarness
@Timeout(60)
class PgFailureIT {
    static final Harness H = Harness.current();

    static Connection connect(String dsn) {
        return new PgDriver().connect(ConnectOptions.parse(dsn));
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static long openDescriptors() throws IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/fd"))) {
            return files.count();
        }
    }

    @Test
    void failedConnectsLeakNoSocket() throws IOException {
        int port = freePort();
        for (int i = 0; i < 3; i++) { // warm up class loading and lazily opened files
            assertThatThrownBy(() -> connect(H.pgUri("scram_user", "nope", "test", "sslmode=disable")));
        }
        long before = openDescriptors();
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> connect(H.pgUri("scram_user", "nope", "test", "sslmode=prefer")));
            assertThatThrownBy(() -> connect("postgresql://test:test@127.0.0.1:" + port + "/test"));
        }
        assertThat(openDescriptors()).isLessThanOrEqualTo(before + 2);
    }

    @Test
    void closedPort() throws IOException {
        int port = freePort();
        assertThatThrownBy(() -> connect("postgresql://test:test@127.0.0.1:" + port + "/test?connect_timeout=5"))
                .isInstanceOf(OperationalException.class).hasMessageContaining("127.0.0.1:" + port);
    }

    @Test
    void multiHostFailureListsEveryHost() throws IOException {
        int a = freePort();
        int b = freePort();
        assertThatThrownBy(() -> connect("host=127.0.0.1,127.0.0.1 port=" + a + "," + b
                + " user=test password=test dbname=test connect_timeout=5"))
                .isInstanceOf(OperationalException.class)
                .hasMessageContaining("127.0.0.1:" + a).hasMessageContaining("127.0.0.1:" + b);
    }

    @Test
    void blackholedHostTimesOutAfterConnectTimeout() {
        try (FaultProxy proxy = FaultProxy.start("127.0.0.1", H.pgPrimaryPort())) {
            proxy.blackhole();
            long start = System.nanoTime();
            assertThatThrownBy(() -> connect(H.pgUri(proxy.port(), "test", "test", "test", "connect_timeout=2")))
                    .isInstanceOf(OperationalException.class).hasMessageContaining("timed out");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        }
    }

    @Test
    void serverCutMidQueryLosesTheConnection() {
        try (FaultProxy proxy = FaultProxy.start("127.0.0.1", H.pgPrimaryPort())) {
            Connection c = connect(H.pgUri(proxy.port(), "test", "test", "test", "sslmode=disable"));
            Thread.ofVirtual().start(() -> {
                sleep(300);
                proxy.cut();
            });
            assertThatThrownBy(() -> c.execute("select pg_sleep(10)"))
                    .isInstanceOf(OperationalException.class).hasMessageContaining(":" + proxy.port());
            assertThat(c.isClosed()).isTrue();
            assertThatThrownBy(() -> c.execute("select 1")).isInstanceOf(InterfaceException.class);
            c.close();
        }
    }

    @Test
    void readTimeoutBreaksTheSession() {
        try (Connection c = connect(H.pgUri("test", "test", "test", "sslmode=disable&read_timeout=1"))) {
            assertThatThrownBy(() -> c.execute("select pg_sleep(5)"))
                    .isInstanceOf(OperationalException.class).hasMessageContaining("timed out");
            assertThat(c.isClosed()).isTrue();
        }
    }

    /** A fake server that answers the StartupMessage with {@code reply}, then closes. */
    static String fakeServer(byte[] reply, AtomicReference<ServerSocket> holder) throws IOException {
        ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        holder.set(server);
        Thread.ofVirtual().start(() -> {
            try (Socket s = server.accept()) {
                InputStream in = s.getInputStream();
                byte[] len = in.readNBytes(4);
                in.readNBytes(((len[0] & 0xFF) << 24 | (len[1] & 0xFF) << 16 | (len[2] & 0xFF) << 8 | len[3] & 0xFF) - 4);
                OutputStream out = s.getOutputStream();
                out.write(reply);
                out.flush();
                s.shutdownOutput(); // a truncated message ends here
                in.read(); // wait for the client to close
            } catch (IOException e) {
                // the test checks the client's side
            }
        });
        return "postgresql://u@127.0.0.1:" + server.getLocalPort() + "/d?sslmode=disable&connect_timeout=5";
    }

    static void expectFailure(byte[] reply, Class<? extends Throwable> type, String... parts) throws IOException {
        AtomicReference<ServerSocket> holder = new AtomicReference<>();
        String dsn = fakeServer(reply, holder);
        try {
            // the router reports the host in an OperationalException whose cause is the protocol error
            var assertion = assertThatThrownBy(() -> connect(dsn)).isInstanceOf(OperationalException.class)
                    .hasRootCauseInstanceOf(type);
            for (String p : parts) {
                assertion.hasMessageContaining(p);
            }
        } finally {
            holder.get().close();
        }
    }

    @Test
    void malformedAndTruncatedServerMessages() throws IOException {
        expectFailure(new byte[] {'?', 0, 0, 0, 4}, InternalException.class, "unknown message type");
        expectFailure(new byte[] {'R', 0, 0, 0, 2}, InternalException.class, "Authentication", "length 2");
        expectFailure(new byte[] {'R', 0x7f, 0, 0, 0}, InternalException.class, "exceeds the limit");
        expectFailure(new byte[] {'R', 0, 0, 0, 8, 0, 0}, java.io.EOFException.class, "closed by the server while logging in");
        expectFailure(new byte[] {'R', 0, 0, 0, 8, 0, 0, 0, 0, 'Z', 0, 0, 0, 5, 'Q'}, InternalException.class,
                "ReadyForQuery", "transaction status");
        expectFailure(new byte[] {'K', 0, 0, 0, 12, 0, 0, 0, 1, 0, 0, 0, 2}, InternalException.class,
                "BackendKeyData");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
