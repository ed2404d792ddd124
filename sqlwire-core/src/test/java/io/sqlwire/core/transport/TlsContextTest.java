package io.sqlwire.core.transport;

import static io.sqlwire.core.transport.TestFiles.tls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.InterfaceException;
import io.sqlwire.InvalidOptionException;
import io.sqlwire.Secret;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.Test;

class TlsContextTest {

    static TlsSettings.Builder verifyFull() {
        return TlsSettings.builder().mode(TlsMode.VERIFY_FULL).rootCert(tls("ca.crt").toString());
    }

    @Test
    void defaultsAreTls12AndUpWithSniAndTenSeconds() {
        TlsContext ctx = TlsContext.create(TlsSettings.builder().build());
        assertThat(ctx.protocols()).containsExactly("TLSv1.2", "TLSv1.3");
        assertThat(ctx.handshakeTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(ctx.settings().sni()).isTrue();
    }

    @Test
    void sniIsSentForNamesButNeverForIpLiterals() {
        TlsContext ctx = TlsContext.create(verifyFull().alpn(List.of("postgresql")).build());
        SSLParameters named = ctx.parameters("db.example.com");
        assertThat(named.getServerNames()).containsExactly(new SNIHostName("db.example.com"));
        assertThat(named.getApplicationProtocols()).containsExactly("postgresql");
        assertThat(ctx.parameters("127.0.0.1").getServerNames()).isEmpty();
        assertThat(ctx.parameters("::1").getServerNames()).isEmpty();
        TlsContext noSni = TlsContext.create(verifyFull().sni(false).build());
        assertThat(noSni.parameters("db.example.com").getServerNames()).isEmpty();
    }

    @Test
    void protocolRange() {
        TlsContext only13 = TlsContext.create(TlsSettings.builder().minProtocol("tlsv1.3").build());
        assertThat(only13.protocols()).containsExactly("TLSv1.3");
        TlsContext only12 = TlsContext.create(TlsSettings.builder().maxProtocol("TLSv1.2").build());
        assertThat(only12.protocols()).containsExactly("TLSv1.2");
        assertThatThrownBy(() -> TlsContext.create(TlsSettings.builder().minProtocol("SSLv3").build()))
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("invalid ssl_min_protocol_version \"SSLv3\"");
        assertThatThrownBy(() -> TlsContext.create(TlsSettings.builder().minProtocol("TLSv1.3").maxProtocol("TLSv1.2").build()))
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("no TLS protocol between TLSv1.3 and TLSv1.2");
    }

    @Test
    void handshakeTimeoutCanBeChangedPerConnection() {
        TlsContext ctx = TlsContext.create(TlsSettings.builder().handshakeTimeout(Duration.ofSeconds(3)).build());
        assertThat(ctx.handshakeTimeout()).isEqualTo(Duration.ofSeconds(3));
        TlsContext shorter = ctx.withHandshakeTimeout(Duration.ofMillis(500));
        assertThat(shorter.handshakeTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(shorter.sslContext()).isSameAs(ctx.sslContext());
        assertThat(ctx.withHandshakeTimeout(null).handshakeTimeout()).isEqualTo(TlsSettings.DEFAULT_HANDSHAKE_TIMEOUT);
        assertThat(ctx.withHandshakeTimeout(null).handshakeTimeout(Duration.ofSeconds(4))).isEqualTo(Duration.ofSeconds(4));
        assertThat(ctx.handshakeTimeout(Duration.ofSeconds(4))).isEqualTo(Duration.ofSeconds(3));
        assertThat(TlsContext.create(TlsSettings.builder().build()).handshakeTimeout(null)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void trustSourceNamesTheFileOrTheSystemStore() {
        assertThat(TlsContext.create(verifyFull().build()).trustSource()).endsWith("ca.crt");
        assertThat(TlsContext.create(verifyFull().rootCert("system").build()).trustSource())
                .isEqualTo("the system trust store");
    }

    @Test
    void crlFileIsLoaded() {
        assertThat(TlsContext.create(verifyFull().crl(tls("revoked-server.crl")).build())).isNotNull();
        assertThatThrownBy(() -> TlsContext.create(verifyFull().crl(tls("ca.crt")).build()))
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("sslcrl file");
    }

    @Test
    void clientCertificateNeedsBothFiles() {
        assertThatThrownBy(() -> TlsContext.create(TlsSettings.builder().clientCert(tls("server.crt")).build()))
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("sslkey is missing");
        TlsContext ctx = TlsContext.create(TlsSettings.builder().clientCert(tls("server.crt"))
                .clientKey(tls("server.key")).build());
        assertThat(ctx).isNotNull();
    }

    @Test
    void badFilesNameOptionAndPath() {
        assertThatThrownBy(() -> TlsContext.create(verifyFull().rootCert("/nonexistent/ca.crt").build()))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("sslrootcert file /nonexistent/ca.crt cannot be read");
        assertThatThrownBy(() -> TlsContext.create(verifyFull().rootCert(tls("rsa-pkcs8.pem").toString()).build()))
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("sslrootcert file");
    }

    @Test
    void noneCannotStartTls() {
        assertThatThrownBy(() -> TlsContext.create(TlsSettings.NONE)).isInstanceOf(InterfaceException.class);
    }

    @Test
    void settingsNeverShowThePassword() {
        TlsSettings s = TlsSettings.builder().clientKey(Path.of("k.pem")).keyPassword(Secret.of("hunter2")).build();
        assertThat(s.toString()).doesNotContain("hunter2");
        assertThat(s.toBuilder().build()).isEqualTo(s);
    }
}
