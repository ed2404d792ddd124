package io.sqlwire.mysql;

import io.sqlwire.testkit.Harness;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.core.transport.SocketSettings;
import io.sqlwire.core.transport.TlsMode;
import io.sqlwire.core.transport.TlsSettings;
import io.sqlwire.core.transport.Transport;
import io.sqlwire.core.transport.TransportException;
import io.sqlwire.core.transport.Transports;
import io.sqlwire.mysql.protocol.Capabilities;
import io.sqlwire.mysql.protocol.LeBytes;
import io.sqlwire.mysql.protocol.PacketReader;
import io.sqlwire.mysql.protocol.packet.client.SslRequest;
import io.sqlwire.mysql.protocol.packet.server.HandshakeV10;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The transport's TLS upgrade on MariaDB: greeting, then an SSLRequest packet, then the handshake
 * on the same socket.
 */
@Timeout(60)
class MySqlTlsIT {
    static final int PRIMARY = Harness.current().myPrimaryPort();

    /** Reads the greeting and sends SSLRequest: caps, max packet, collation, 19 filler + 4 extended caps. */
    static Transport greetAndRequestTls(String ip) throws IOException {
        Transport t = Transports.connectTcp(new InetSocketAddress(ip, PRIMARY), ip + ":" + PRIMARY,
                SocketSettings.DEFAULT.withConnectTimeout(Duration.ofSeconds(5)));
        t.setReadTimeout(Duration.ofSeconds(5));
        HandshakeV10 greeting = HandshakeV10.decode(new PacketReader(t.input(), 65536).read().payload());
        assertThat(greeting.has(Capabilities.CLIENT_SSL)).isTrue();
        long caps = Capabilities.CLIENT_PROTOCOL_41 | Capabilities.CLIENT_SSL | Capabilities.CLIENT_SECURE_CONNECTION
                | Capabilities.CLIENT_PLUGIN_AUTH;
        byte[] payload = new SslRequest(caps, 16 * 1024 * 1024, 45).encode();
        t.output().write(LeBytes.frame(1, payload));
        t.output().flush();
        return t;
    }

    static TlsSettings verifyFull() {
        return TlsSettings.builder().mode(TlsMode.VERIFY_FULL).rootCert(Harness.current().value("HARNESS_SSL_CA")).build();
    }

    @Test
    void upgradeVerifyFull() throws IOException {
        try (Transport t = greetAndRequestTls("127.0.0.1")) {
            t.upgradeToTls(verifyFull(), "localhost");
            assertThat(t.isSecure()).isTrue();
            assertThat(t.tlsInfo().orElseThrow().protocol()).isIn("TLSv1.2", "TLSv1.3");
        }
    }

    @Test
    void wrongHostIsNamed() throws IOException {
        Transport t = greetAndRequestTls("127.0.0.2");
        assertThatThrownBy(() -> t.upgradeToTls(verifyFull(), "127.0.0.2"))
                .isInstanceOf(TransportException.class)
                .hasMessageStartingWith("TLS handshake with 127.0.0.2:" + PRIMARY
                        + " failed: server certificate does not match host name \"127.0.0.2\"");
        assertThat(t.isOpen()).isFalse();
    }
}
