package io.sqlwire.core.transport;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Checks a server's certificate as the {@link TlsMode} asks: nothing, the chain, or the chain and
 * the host name. The host name is the peer host of the handshake, which {@link SocketTransport}
 * sets to the name the user gave. Failures carry messages meant for the user.
 */
final class VerifyingTrustManager extends X509ExtendedTrustManager {
    private static final X509Certificate[] NONE = new X509Certificate[0];

    private final X509ExtendedTrustManager chainChecker;
    private final String trustSource;
    private final boolean checkHost;

    /**
     * @param chainChecker the PKIX trust manager, or {@code null} to accept any chain
     * @param trustSource what the chain must lead to, for messages: a file path or "the system trust store"
     * @param checkHost whether to verify the host name
     */
    VerifyingTrustManager(X509ExtendedTrustManager chainChecker, String trustSource, boolean checkHost) {
        this.chainChecker = chainChecker;
        this.trustSource = trustSource;
        this.checkHost = checkHost;
    }

    /** A verification failure worded for the user; {@link TlsFailures} looks for it in the cause chain. */
    static final class VerificationException extends CertificateException {
        private static final long serialVersionUID = 1L;

        VerificationException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        if (chainChecker != null) {
            try {
                chainChecker.checkServerTrusted(chain, authType, socket);
            } catch (CertificateException e) {
                throw untrusted(e);
            }
        }
        if (checkHost) {
            String host = socket instanceof SSLSocket s && s.getHandshakeSession() != null
                    ? s.getHandshakeSession().getPeerHost() : null;
            checkHost(chain, host);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        if (chainChecker != null) {
            try {
                chainChecker.checkServerTrusted(chain, authType, engine);
            } catch (CertificateException e) {
                throw untrusted(e);
            }
        }
        if (checkHost) {
            checkHost(chain, engine == null ? null : engine.getPeerHost());
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        checkServerTrusted(chain, authType, (Socket) null);
    }

    private CertificateException untrusted(CertificateException e) {
        return new VerificationException("server certificate is not trusted by " + trustSource
                + " (" + IoFailures.describe(e) + ")", e);
    }

    private static void checkHost(X509Certificate[] chain, String host) throws CertificateException {
        if (host == null || chain.length == 0) {
            throw new VerificationException("cannot verify the host name: no host name or no server certificate", null);
        }
        HostnameMatcher.Names names = HostnameMatcher.names(chain[0]);
        if (!HostnameMatcher.matches(names, host)) {
            throw new VerificationException("server certificate does not match host name \"" + host
                    + "\" (it is for " + names.describe() + ")", null);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("sqlwire is a client; it does not check client certificates");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        throw new CertificateException("sqlwire is a client; it does not check client certificates");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("sqlwire is a client; it does not check client certificates");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return chainChecker == null ? NONE : chainChecker.getAcceptedIssuers();
    }
}
