package io.sqlwire.mysql;

import io.sqlwire.mysql.protocol.LeBytes;
import io.sqlwire.mysql.protocol.Packet;
import io.sqlwire.mysql.protocol.PacketReader;
import io.sqlwire.mysql.protocol.packet.server.OkPacket;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A scripted in-process server for one connection, to test what real servers never send:
 * malformed packets, LOCAL INFILE requests, plugin switches to clear-text passwords.
 */
final class FakeMySqlServer implements AutoCloseable {

    /** The server side of the one connection. */
    static final class Peer {
        private final PacketReader in;
        private final OutputStream out;

        Peer(Socket s) throws IOException {
            in = new PacketReader(s.getInputStream(), 1 << 24);
            out = s.getOutputStream();
        }

        Packet read() throws IOException {
            return in.read();
        }

        void write(int seq, byte[] payload) throws IOException {
            out.write(LeBytes.frame(seq, payload));
            out.flush();
        }

        /** Greeting, reads the handshake response (returned), answers OK. */
        Packet login() throws IOException {
            write(0, greeting());
            Packet response = read();
            write(response.sequenceId() + 1, ok(2));
            return response;
        }

        /** Answers the session setup (SET autocommit=0) with OK; returns the SQL it got. */
        String answerQuery() throws IOException {
            Packet q = read();
            write(1, ok(2));
            return new String(q.payload(), 1, q.payload().length - 1, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @FunctionalInterface
    interface Script {
        void run(Peer peer) throws Exception;
    }

    static final long CAPS = 0x01FF_F7FFL & ~(1L << 11) & ~(1L << 5) & ~(1L << 26);

    private final ServerSocket listener;
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    FakeMySqlServer(Script script) throws IOException {
        listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            try (Socket s = listener.accept()) {
                script.run(new Peer(s));
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
    }

    int port() {
        return listener.getLocalPort();
    }

    String uri(String extra) {
        return "mysql://u:secret-pw@127.0.0.1:" + port() + "/db?sslmode=disable&connect_timeout=5" + extra;
    }

    /** Waits for the script to finish and rethrows its failure. */
    void await() throws Exception {
        done.get(20, java.util.concurrent.TimeUnit.SECONDS);
    }

    static byte[] greeting() {
        byte[] scramble = "abcdefghijklmnopqrst".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return new LeBytes().int1(10).nul("8.0.99-fake").int4(7).bytes(java.util.Arrays.copyOf(scramble, 8)).int1(0)
                .int2((int) CAPS).int1(45).int2(2).int2((int) (CAPS >>> 16)).int1(21).zeros(10)
                .bytes(java.util.Arrays.copyOfRange(scramble, 8, 20)).int1(0).nul("mysql_native_password").build();
    }

    static byte[] ok(int status) {
        return new OkPacket(0, 0, status, 0, "", List.of()).encode(true);
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
