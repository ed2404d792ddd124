package io.sqlwire.core.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;

class ChannelBindingTest {

    @Test
    void sha256SignedCertificateIsHashedWithSha256() throws Exception {
        X509Certificate cert = PemFiles.certificates(TestFiles.tls("server.crt"), "sslrootcert").get(0);
        assertThat(cert.getSigAlgName()).isEqualTo("SHA256withRSA");
        byte[] expected = sha256(cert);
        assertThat(ChannelBinding.tlsServerEndPoint(cert)).hasValueSatisfying(h -> assertThat(h).isEqualTo(expected));
    }

    private static byte[] sha256(X509Certificate cert) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
    }
}
