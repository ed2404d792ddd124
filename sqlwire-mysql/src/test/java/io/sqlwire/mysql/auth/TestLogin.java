package io.sqlwire.mysql.auth;

import io.sqlwire.core.transport.SocketSettings;
import io.sqlwire.core.transport.TlsMode;
import io.sqlwire.core.transport.TlsSettings;
import io.sqlwire.core.transport.Transport;
import io.sqlwire.core.transport.Transports;
import io.sqlwire.mysql.protocol.Capabilities;
import io.sqlwire.mysql.protocol.LeBytes;
import io.sqlwire.mysql.protocol.Packet;
import io.sqlwire.mysql.protocol.PacketReader;
import io.sqlwire.mysql.protocol.packet.server.ErrPacket;
import io.sqlwire.mysql.protocol.packet.server.HandshakeV10;
import io.sqlwire.testkit.Harness;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * TEST HELPER ONLY, not the driver's handshake: a minimal hand-built connection phase
 * (greeting, optional SSLRequest, HandshakeResponse41, AuthSwitch/AuthMoreData loop) that drives
 * the real {@link AuthPlugin}s against the harness servers, so the plugins are proven before the
 * protocol package has its own handshake. It records what the server asked for in {@link #events}.
 */
public final class TestLogin implements AutoCloseable {
    private static final long PLUGIN_AUTH_LENENC = 1L << 21;
    private static final long TRANSACTIONS = 1L << 13;

    final Transport transport;
    final HandshakeV10 greeting;
    final List<String> events = new ArrayList<>();
    /** The last AuthSwitchRequest's plugin data and the bytes sent back, for the ed25519 check. */
    byte[] lastSeed;
    byte[] lastResponse;
    /** The last AuthMoreData bigger than one byte (the server's PEM key after a key request). */
    byte[] lastMoreData;
    private final PacketReader reader;
    private int seq;

    private TestLogin(Transport transport) throws IOException {
        this.transport = transport;
        this.reader = new PacketReader(transport.input(), 1 << 24);
        Packet p = reader.read();
        this.seq = p.sequenceId() + 1;
        this.greeting = HandshakeV10.decode(p.payload());
    }

    /** Connects to 127.0.0.1:port, over TLS (verify-full against the harness CA) when asked. */
    public static TestLogin connect(int port, boolean tls) throws IOException {
        Transport t = Transports.connectTcp(new InetSocketAddress("127.0.0.1", port), "127.0.0.1:" + port,
                SocketSettings.DEFAULT.withConnectTimeout(Duration.ofSeconds(5)));
        t.setReadTimeout(Duration.ofSeconds(10));
        TestLogin login = new TestLogin(t);
        if (tls) {
            login.send(new LeBytes().int4(login.caps() | Capabilities.CLIENT_SSL).int4(1 << 24).int1(45).zeros(23)
                    .build());
            t.upgradeToTls(TlsSettings.builder().mode(TlsMode.VERIFY_FULL)
                    .rootCert(Harness.current().caCert().toString()).build(), "localhost");
        }
        return login;
    }

    long caps() {
        return Capabilities.CLIENT_MYSQL | Capabilities.CLIENT_PROTOCOL_41 | Capabilities.CLIENT_SECURE_CONNECTION
                | Capabilities.CLIENT_PLUGIN_AUTH | PLUGIN_AUTH_LENENC | TRANSACTIONS;
    }

    /**
     * Logs in as {@code user}, starting with {@code plugin} (the greeting's plugin when null).
     *
     * @throws io.sqlwire.OperationalException from the server's ERR packet
     */
    public TestLogin login(String user, AuthContext base, String plugin) throws IOException {
        AuthPlugin current = AuthPlugins.byName(plugin != null ? plugin : greeting.authPluginName());
        AuthContext ctx = base.withSeed(greeting.authPluginData()).withTransport(transport.isSecure(), false);
        byte[] first = current.firstResponse(ctx);
        send(new LeBytes().int4(caps()).int4(1 << 24).int1(45).zeros(23).nul(user).int1(first.length).bytes(first)
                .nul(current.name()).build());
        while (true) {
            byte[] payload = read();
            int header = payload[0] & 0xFF;
            if (header == 0x00) {
                events.add("ok");
                return this;
            } else if (header == 0xFF) {
                throw ErrPacket.decode(payload).toException();
            } else if (header == 0xFE) {
                int nul = indexOf(payload, 1);
                current = AuthPlugins.byName(new String(payload, 1, nul - 1, StandardCharsets.UTF_8));
                ctx = ctx.withSeed(Arrays.copyOfRange(payload, nul + 1, payload.length));
                events.add("switch:" + current.name());
                lastSeed = ctx.seed();
                lastResponse = current.firstResponse(ctx);
                send(lastResponse);
            } else if (header == 0x01) {
                byte[] data = Arrays.copyOfRange(payload, 1, payload.length);
                events.add(data.length == 1 ? "more:0" + data[0] : "more:" + data.length + " bytes");
                lastMoreData = data.length > 1 ? data : lastMoreData;
                if (current.next(data, ctx) instanceof AuthStep.Send s) {
                    events.add("send:" + (s.data().length == 1 ? "0" + s.data()[0] : s.data().length + " bytes"));
                    send(s.data());
                }
            } else {
                throw new AssertionError("unexpected packet " + HexFormat.of().formatHex(payload));
            }
        }
    }

    /** COM_QUERY for a statement without a result set; returns after OK, throws on ERR. */
    public void execute(String sql) throws IOException {
        command(new LeBytes().int1(0x03).text(sql).build());
        byte[] payload = read();
        if ((payload[0] & 0xFF) == 0xFF) {
            throw ErrPacket.decode(payload).toException();
        }
    }

    /** Sends the first packet of a command (sequence id 0). */
    public void command(byte[] payload) throws IOException {
        seq = 0;
        send(payload);
    }

    /** Logs in as {@code user} with a plain password, the greeting's plugin first. */
    public TestLogin login(String user, String password) throws IOException {
        return login(user, AuthContext.of(io.sqlwire.Secret.of(password), new byte[20]), null);
    }

    private void send(byte[] payload) throws IOException {
        transport.output().write(LeBytes.frame(seq++ & 0xFF, payload));
        transport.output().flush();
    }

    /** The next packet's payload. */
    public byte[] read() throws IOException {
        Packet p = reader.read();
        seq = p.sequenceId() + 1;
        return p.payload();
    }

    private static int indexOf(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return b.length;
    }

    @Override
    public void close() {
        transport.close();
    }
}
