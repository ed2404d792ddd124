package io.sqlwire.core.transport;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * What a TLS handshake negotiated.
 *
 * @param protocol e.g. {@code TLSv1.3}
 * @param cipherSuite e.g. {@code TLS_AES_256_GCM_SHA384}
 * @param applicationProtocol the ALPN protocol the server selected, or {@code null} when none
 * @param serverCertificates the server's chain, end-entity certificate first; empty when the
 *     cipher suite is anonymous
 * @param clientCertificateSent whether a client certificate was sent
 */
public record TlsInfo(String protocol, String cipherSuite, String applicationProtocol,
        List<X509Certificate> serverCertificates, boolean clientCertificateSent) {

    public TlsInfo {
        serverCertificates = List.copyOf(serverCertificates);
    }

    /** The server's end-entity certificate, which SCRAM's {@code tls-server-end-point} binding hashes. */
    public Optional<X509Certificate> serverCertificate() {
        return serverCertificates.isEmpty() ? Optional.empty() : Optional.of(serverCertificates.get(0));
    }
}
