package io.sqlwire.postgres.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.InvalidOptionException;
import io.sqlwire.OperationalException;
import java.io.InputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SaslMechanismsTest {
    static final List<String> BOTH = List.of("SCRAM-SHA-256-PLUS", "SCRAM-SHA-256");
    static final List<String> PLAIN = List.of("SCRAM-SHA-256");
    // openssl x509 -in server-sha256.crt -outform der | openssl sha256 -binary | base64
    static final String CERT_SHA256 = "1UyeqWpQECW+KyKPM9zYbwM+4ebxnyovk4OqwsiLdaA=";

    static Optional<X509Certificate> cert() throws Exception {
        try (InputStream in = SaslMechanismsTest.class.getResourceAsStream("server-sha256.crt")) {
            return Optional.of((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
    }

    @Test
    void preferOverTlsPicksPlus() throws Exception {
        SaslChoice c = SaslMechanisms.choose(BOTH, "prefer", true, cert());
        assertThat(c.mechanism()).isEqualTo("SCRAM-SHA-256-PLUS");
        assertThat(c.gs2Header()).isEqualTo("p=tls-server-end-point,,");
        assertThat(Base64.getEncoder().encodeToString(c.channelBindingData())).isEqualTo(CERT_SHA256);
        assertThat(c.channelBound()).isTrue();
    }

    @Test
    void preferOverTlsWithoutPlusSaysY() throws Exception {
        SaslChoice c = SaslMechanisms.choose(PLAIN, "prefer", true, cert());
        assertThat(c.mechanism()).isEqualTo("SCRAM-SHA-256");
        assertThat(c.gs2Header()).isEqualTo("y,,");
        assertThat(c.channelBindingData()).isEmpty();
    }

    @Test
    void withoutTlsSaysN() {
        SaslChoice c = SaslMechanisms.choose(PLAIN, "prefer", false, Optional.empty());
        assertThat(c.gs2Header()).isEqualTo("n,,");
    }

    @Test
    void disableNeverBinds() throws Exception {
        SaslChoice c = SaslMechanisms.choose(BOTH, "disable", true, cert());
        assertThat(c.mechanism()).isEqualTo("SCRAM-SHA-256");
        assertThat(c.gs2Header()).isEqualTo("n,,");
    }

    @Test
    void preferWithoutUsableCertificateDoesNotClaimY() {
        SaslChoice c = SaslMechanisms.choose(BOTH, "prefer", true, Optional.empty());
        assertThat(c.mechanism()).isEqualTo("SCRAM-SHA-256");
        assertThat(c.gs2Header()).isEqualTo("n,,");
    }

    @Test
    void requireExplainsWhyItFails() throws Exception {
        assertThatThrownBy(() -> SaslMechanisms.choose(PLAIN, "require", false, Optional.empty()))
                .isInstanceOf(OperationalException.class).hasMessageContaining("does not use TLS");
        assertThatThrownBy(() -> SaslMechanisms.choose(PLAIN, "require", true, cert()))
                .isInstanceOf(OperationalException.class).hasMessageContaining("did not offer SCRAM-SHA-256-PLUS");
        assertThatThrownBy(() -> SaslMechanisms.choose(BOTH, "require", true, Optional.empty()))
                .isInstanceOf(OperationalException.class).hasMessageContaining("tls-server-end-point");
        assertThat(SaslMechanisms.choose(BOTH, "require", true, cert()).channelBound()).isTrue();
    }

    @Test
    void plusWithoutTlsIsRefused() {
        assertThatThrownBy(() -> SaslMechanisms.choose(BOTH, "prefer", false, Optional.empty()))
                .isInstanceOf(OperationalException.class).hasMessageContaining("without TLS");
    }

    @Test
    void unknownMechanismsOnly() {
        assertThatThrownBy(() -> SaslMechanisms.choose(List.of("OAUTHBEARER"), "prefer", false, Optional.empty()))
                .isInstanceOf(OperationalException.class).hasMessageContaining("OAUTHBEARER");
        assertThatThrownBy(() -> SaslMechanisms.choose(PLAIN, "maybe", false, Optional.empty()))
                .isInstanceOf(InvalidOptionException.class);
    }
}
