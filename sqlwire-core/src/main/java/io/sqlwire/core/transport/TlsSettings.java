package io.sqlwire.core.transport;

import io.sqlwire.Secret;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a TLS connection trusts, presents and negotiates. {@link TlsContext#create(TlsSettings)}
 * turns it into a ready {@link javax.net.ssl.SSLContext}.
 *
 * @param mode how much of the server's identity is verified
 * @param rootCert a PEM file with one or more trusted root certificates, {@link #SYSTEM_ROOTS} for the
 *     JDK's default trust store, or {@code null} (also the JDK's default trust store)
 * @param clientCert a PEM file with the client certificate chain (end-entity first), or {@code null}
 * @param clientKey the client's private key: PEM (PKCS#8, encrypted PKCS#8, PKCS#1 RSA, SEC1 EC)
 *     or a DER PKCS#8 file, or {@code null}
 * @param keyPassword the password of an encrypted {@code clientKey}, or {@code null}
 * @param crl a PEM or DER file of certificate revocation lists; revocation is checked only when set
 * @param sni whether to send the host name as TLS SNI (never for IP literals)
 * @param minProtocol the lowest protocol, e.g. {@code TLSv1.2}
 * @param maxProtocol the highest protocol, or {@code null} for the highest the JDK supports
 * @param alpn the ALPN protocols to offer, e.g. {@code postgresql}; empty for none
 * @param handshakeTimeout the bound on the TLS handshake, or {@code null} for the connect timeout of the
 *     connection, or {@link #DEFAULT_HANDSHAKE_TIMEOUT} when that is not set either
 */
public record TlsSettings(
        TlsMode mode,
        String rootCert,
        Path clientCert,
        Path clientKey,
        Secret keyPassword,
        Path crl,
        boolean sni,
        String minProtocol,
        String maxProtocol,
        List<String> alpn,
        Duration handshakeTimeout) {

    /** The {@code rootCert} value that selects the JDK's default trust store. */
    public static final String SYSTEM_ROOTS = "system";
    /** The handshake bound when none is given: 10 seconds. */
    public static final Duration DEFAULT_HANDSHAKE_TIMEOUT = Duration.ofSeconds(10);
    /** The default lowest protocol, as libpq's {@code ssl_min_protocol_version}. */
    public static final String DEFAULT_MIN_PROTOCOL = "TLSv1.2";

    /** No TLS. */
    public static final TlsSettings NONE = builder().mode(TlsMode.NONE).build();

    public TlsSettings {
        Objects.requireNonNull(mode, "mode");
        alpn = alpn == null ? List.of() : List.copyOf(alpn);
        minProtocol = minProtocol == null ? DEFAULT_MIN_PROTOCOL : minProtocol;
    }

    /** Settings with mode {@code TRUST_ANY} and defaults otherwise. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from these settings. */
    public Builder toBuilder() {
        return new Builder().mode(mode).rootCert(rootCert).clientCert(clientCert).clientKey(clientKey)
                .keyPassword(keyPassword).crl(crl).sni(sni).minProtocol(minProtocol).maxProtocol(maxProtocol)
                .alpn(alpn).handshakeTimeout(handshakeTimeout);
    }

    /** Whether the JDK's default trust store is used (no root file given). */
    public boolean usesSystemRoots() {
        return rootCert == null || SYSTEM_ROOTS.equals(rootCert);
    }

    /** These settings with another ALPN list. */
    public TlsSettings withAlpn(List<String> protocols) {
        return toBuilder().alpn(protocols).build();
    }

    /** These settings with another handshake bound. */
    public TlsSettings withHandshakeTimeout(Duration timeout) {
        return toBuilder().handshakeTimeout(timeout).build();
    }

    /** Collects TLS settings; unset values take the defaults described on {@link TlsSettings}. */
    public static final class Builder {
        private TlsMode mode = TlsMode.TRUST_ANY;
        private String rootCert;
        private Path clientCert;
        private Path clientKey;
        private Secret keyPassword;
        private Path crl;
        private boolean sni = true;
        private String minProtocol = DEFAULT_MIN_PROTOCOL;
        private String maxProtocol;
        private List<String> alpn = List.of();
        private Duration handshakeTimeout;

        private Builder() {
        }

        public Builder mode(TlsMode mode) {
            this.mode = mode;
            return this;
        }

        /** A PEM file path, or {@link TlsSettings#SYSTEM_ROOTS}. */
        public Builder rootCert(String rootCert) {
            this.rootCert = rootCert;
            return this;
        }

        public Builder clientCert(Path clientCert) {
            this.clientCert = clientCert;
            return this;
        }

        public Builder clientKey(Path clientKey) {
            this.clientKey = clientKey;
            return this;
        }

        public Builder keyPassword(Secret keyPassword) {
            this.keyPassword = keyPassword;
            return this;
        }

        public Builder crl(Path crl) {
            this.crl = crl;
            return this;
        }

        public Builder sni(boolean sni) {
            this.sni = sni;
            return this;
        }

        public Builder minProtocol(String minProtocol) {
            this.minProtocol = minProtocol;
            return this;
        }

        public Builder maxProtocol(String maxProtocol) {
            this.maxProtocol = maxProtocol;
            return this;
        }

        public Builder alpn(List<String> alpn) {
            this.alpn = alpn;
            return this;
        }

        public Builder handshakeTimeout(Duration handshakeTimeout) {
            this.handshakeTimeout = handshakeTimeout;
            return this;
        }

        public TlsSettings build() {
            return new TlsSettings(mode, rootCert, clientCert, clientKey, keyPassword, crl, sni,
                    minProtocol, maxProtocol, alpn, handshakeTimeout);
        }
    }
}
