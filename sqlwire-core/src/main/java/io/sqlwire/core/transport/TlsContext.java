package io.sqlwire.core.transport;

import io.sqlwire.InterfaceException;
import io.sqlwire.InvalidOptionException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.CertPathTrustManagerParameters;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * {@link TlsSettings} made ready for use: the {@link SSLContext} with its trust and key managers,
 * and the per-connection {@link SSLParameters}. Creating one reads the certificate and key files,
 * so make it once and share it between connections with the same settings; it is immutable and
 * thread-safe.
 */
public final class TlsContext {
    private static final List<String> PROTOCOLS = List.of("TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3");

    private final TlsSettings settings;
    private final SSLContext sslContext;
    private final String[] protocols;
    private final String trustSource;
    /** The bound set in the settings or by {@link #withHandshakeTimeout}, or {@code null}. */
    private final Duration explicitTimeout;

    private TlsContext(TlsSettings settings, SSLContext sslContext, String[] protocols, String trustSource,
            Duration explicitTimeout) {
        this.settings = settings;
        this.sslContext = sslContext;
        this.protocols = protocols;
        this.trustSource = trustSource;
        this.explicitTimeout = positive(explicitTimeout) ? explicitTimeout : null;
    }

    /**
     * Reads the files the settings name and builds the context.
     *
     * @throws InvalidOptionException naming the option and file when a file is missing or unusable,
     *     or when the protocol range is empty
     * @throws InterfaceException for {@link TlsMode#NONE}
     */
    public static TlsContext create(TlsSettings settings) {
        if (settings.mode() == TlsMode.NONE) {
            throw new InterfaceException("TLS mode NONE cannot start TLS");
        }
        String trustSource = settings.usesSystemRoots() ? "the system trust store" : settings.rootCert();
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(keyManagers(settings), new TrustManager[] {trustManager(settings, trustSource)}, null);
            String[] protocols = protocols(settings, ctx.getSupportedSSLParameters().getProtocols());
            return new TlsContext(settings, ctx, protocols, trustSource, settings.handshakeTimeout());
        } catch (GeneralSecurityException e) {
            throw new InterfaceException("cannot set up TLS: " + IoFailures.describe(e), e);
        }
    }

    /** This context with another handshake bound ({@code null}: none set); the SSL context is shared. */
    public TlsContext withHandshakeTimeout(Duration timeout) {
        return new TlsContext(settings, sslContext, protocols, trustSource, timeout);
    }

    public TlsSettings settings() {
        return settings;
    }

    public SSLContext sslContext() {
        return sslContext;
    }

    /** The bound on each handshake when the connection has no connect timeout: the one set, else 10 s. */
    public Duration handshakeTimeout() {
        return explicitTimeout != null ? explicitTimeout : TlsSettings.DEFAULT_HANDSHAKE_TIMEOUT;
    }

    /**
     * The bound on a handshake over a connection opened with {@code connectTimeout}: the one set
     * explicitly, else the connect timeout, else 10 s. There is always a bound, so a server that
     * stalls in the handshake cannot hang the client.
     */
    public Duration handshakeTimeout(Duration connectTimeout) {
        if (explicitTimeout != null) {
            return explicitTimeout;
        }
        return positive(connectTimeout) ? connectTimeout : TlsSettings.DEFAULT_HANDSHAKE_TIMEOUT;
    }

    private static boolean positive(Duration d) {
        return d != null && !d.isZero() && !d.isNegative();
    }

    /** What server chains must lead to, for messages: the root file or "the system trust store". */
    public String trustSource() {
        return trustSource;
    }

    /** The enabled protocols, lowest first. */
    public List<String> protocols() {
        return List.of(protocols);
    }

    /**
     * The parameters for one handshake: protocols, ALPN, and SNI for {@code serverName} unless SNI
     * is off or the name is an IP literal.
     */
    public SSLParameters parameters(String serverName) {
        SSLParameters p = new SSLParameters();
        p.setProtocols(protocols.clone());
        if (!settings.alpn().isEmpty()) {
            p.setApplicationProtocols(settings.alpn().toArray(String[]::new));
        }
        p.setServerNames(List.of()); // explicitly none, so the JDK adds no SNI of its own
        if (settings.sni() && serverName != null && !HostnameMatcher.isIpLiteral(serverName)) {
            try {
                p.setServerNames(List.of(new SNIHostName(serverName)));
            } catch (IllegalArgumentException e) {
                // not a valid SNI name (e.g. contains '_'): send none rather than fail
            }
        }
        return p;
    }

    private static KeyManager[] keyManagers(TlsSettings s) {
        if (s.clientCert() == null && s.clientKey() == null) {
            return null;
        }
        if (s.clientCert() == null || s.clientKey() == null) {
            String missing = s.clientCert() == null ? "sslcert" : "sslkey";
            throw new InvalidOptionException(missing, "a client certificate needs both sslcert and sslkey; "
                    + missing + " is missing");
        }
        List<X509Certificate> chain = PemFiles.certificates(s.clientCert(), "sslcert");
        PrivateKey key = PrivateKeys.load(s.clientKey(), s.keyPassword());
        return new KeyManager[] {new ClientKeyManager(key, chain)};
    }

    private static TrustManager trustManager(TlsSettings s, String trustSource) throws GeneralSecurityException {
        if (!s.mode().verifiesChain()) {
            return new VerifyingTrustManager(null, trustSource, false);
        }
        KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
        try {
            anchors.load(null, null);
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
        List<X509Certificate> roots = s.usesSystemRoots() ? systemRoots()
                : PemFiles.certificates(Path.of(s.rootCert()), "sslrootcert");
        for (int i = 0; i < roots.size(); i++) {
            anchors.setCertificateEntry("root-" + i, roots.get(i));
        }
        PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, new X509CertSelector());
        params.setRevocationEnabled(s.crl() != null); // no CRL given: no revocation checks, no network
        if (s.crl() != null) {
            var crls = PemFiles.crls(s.crl(), "sslcrl");
            params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(crls)));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
        tmf.init(new CertPathTrustManagerParameters(params));
        X509ExtendedTrustManager pkix = (X509ExtendedTrustManager) Arrays.stream(tmf.getTrustManagers())
                .filter(t -> t instanceof X509ExtendedTrustManager).findFirst()
                .orElseThrow(() -> new GeneralSecurityException("no X509 trust manager"));
        return new VerifyingTrustManager(pkix, trustSource, s.mode() == TlsMode.VERIFY_FULL);
    }

    private static List<X509Certificate> systemRoots() throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init((KeyStore) null);
        List<X509Certificate> out = new ArrayList<>();
        for (TrustManager tm : tmf.getTrustManagers()) {
            if (tm instanceof javax.net.ssl.X509TrustManager x) {
                out.addAll(List.of(x.getAcceptedIssuers()));
            }
        }
        return out;
    }

    static String[] protocols(TlsSettings s, String[] supported) {
        int min = protocolIndex(s.minProtocol(), "ssl_min_protocol_version");
        int max = s.maxProtocol() == null ? PROTOCOLS.size() - 1 : protocolIndex(s.maxProtocol(), "ssl_max_protocol_version");
        List<String> supportedList = List.of(supported);
        String[] out = PROTOCOLS.subList(min, Math.max(min, max + 1)).stream()
                .filter(supportedList::contains).toArray(String[]::new);
        if (out.length == 0) {
            throw new InvalidOptionException("ssl_min_protocol_version", "no TLS protocol between "
                    + s.minProtocol() + " and " + (s.maxProtocol() == null ? "the highest" : s.maxProtocol())
                    + " is supported (supported: " + supportedList + ")");
        }
        return out;
    }

    private static int protocolIndex(String name, String option) {
        for (int i = 0; i < PROTOCOLS.size(); i++) {
            if (PROTOCOLS.get(i).equalsIgnoreCase(name.trim())) {
                return i;
            }
        }
        throw new InvalidOptionException(option, "invalid " + option + " \"" + name + "\" (valid: "
                + String.join(", ", PROTOCOLS) + ")");
    }

    @Override
    public String toString() {
        return "TlsContext[mode=" + settings.mode() + ", trust=" + trustSource + ", protocols="
                + String.join(",", protocols) + "]";
    }
}
