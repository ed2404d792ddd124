package io.sqlwire.core.transport;

import io.sqlwire.InterfaceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

/** A TCP {@link Transport} over {@link Socket}, upgraded in place to an {@link SSLSocket} for TLS. */
final class SocketTransport implements Transport {
    private final String peer;
    private final Duration connectTimeout;
    private final TransportInput input;
    private final TransportOutput output;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Socket socket;
    private Duration readTimeout = Duration.ZERO;
    private TlsInfo tlsInfo;

    SocketTransport(Socket socket, String peer, SocketSettings settings) throws IOException {
        this.socket = socket;
        this.peer = peer;
        this.connectTimeout = settings.connectTimeout();
        int bufferSize = settings.bufferSize();
        this.input = new TransportInput(socket.getInputStream(), bufferSize);
        this.output = new TransportOutput(socket.getOutputStream(), bufferSize);
    }

    @Override
    public InputStream input() {
        return input;
    }

    @Override
    public OutputStream output() {
        return output;
    }

    @Override
    public void setReadTimeout(Duration timeout) {
        try {
            socket.setSoTimeout(Durations.toTimeoutMillis(timeout));
            readTimeout = timeout == null || timeout.isNegative() ? Duration.ZERO : timeout;
        } catch (SocketException e) {
            throw failure("setting the read timeout", e);
        }
    }

    @Override
    public Duration readTimeout() {
        return readTimeout;
    }

    @Override
    public boolean isSecure() {
        return tlsInfo != null;
    }

    @Override
    public boolean isUnixSocket() {
        return false;
    }

    @Override
    public SocketAddress remoteAddress() {
        return socket.getRemoteSocketAddress();
    }

    @Override
    public String peer() {
        return peer;
    }

    @Override
    public void upgradeToTls(TlsContext context, String serverName) {
        if (tlsInfo != null) {
            throw new InterfaceException("TLS is already active on the connection to " + peer);
        }
        if (!isOpen()) {
            throw new InterfaceException("the connection to " + peer + " is closed");
        }
        int early = pendingBytes();
        if (early > 0) {
            close();
            throw new TransportException("connection to " + peer + " refused: the server sent " + early
                    + " unencrypted bytes before the TLS handshake (a man-in-the-middle may be injecting data)",
                    peer, "sent unencrypted data before the TLS handshake", TransportException.UNABLE_TO_CONNECT,
                    false, null);
        }
        Duration timeout = context.handshakeTimeout(connectTimeout);
        try {
            handshake(context, serverName, timeout);
        } catch (IOException e) {
            close();
            throw TlsFailures.handshake(peer, timeout, e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Bytes that arrived before our ClientHello, buffered or still in the kernel. A server speaks
     * TLS only after the ClientHello, so any such byte was injected (CVE-2021-23222).
     */
    private int pendingBytes() {
        try {
            return input.available();
        } catch (IOException e) {
            return 0; // the handshake will report the broken connection
        }
    }

    private void handshake(TlsContext context, String serverName, Duration timeout) throws IOException {
        Socket plain = socket;
        InetSocketAddress remote = (InetSocketAddress) plain.getRemoteSocketAddress();
        // the host given here becomes the session's peer host: the name SNI sends and verify-full checks
        SSLSocket ssl = (SSLSocket) context.sslContext().getSocketFactory()
                .createSocket(plain, serverName, remote.getPort(), true);
        socket = ssl; // from here close() closes the TLS socket and with it the TCP one
        ssl.setUseClientMode(true);
        ssl.setSSLParameters(context.parameters(serverName));
        int previous = plain.getSoTimeout();
        ssl.setSoTimeout(Durations.toTimeoutMillis(timeout));
        ssl.startHandshake();
        ssl.setSoTimeout(previous);
        input.switchSource(ssl.getInputStream());
        output.switchSink(ssl.getOutputStream());
        tlsInfo = info(ssl);
    }

    private static TlsInfo info(SSLSocket ssl) {
        SSLSession session = ssl.getSession();
        List<X509Certificate> chain = new ArrayList<>();
        try {
            for (Certificate c : session.getPeerCertificates()) {
                if (c instanceof X509Certificate x) {
                    chain.add(x);
                }
            }
        } catch (SSLPeerUnverifiedException e) {
            // anonymous cipher suite: no certificates
        }
        String alpn = ssl.getApplicationProtocol();
        return new TlsInfo(session.getProtocol(), session.getCipherSuite(), alpn == null || alpn.isEmpty() ? null : alpn,
                chain, session.getLocalCertificates() != null);
    }

    @Override
    public Optional<TlsInfo> tlsInfo() {
        return Optional.ofNullable(tlsInfo);
    }

    @Override
    public boolean isOpen() {
        return !closed.get();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing: nothing left to report to
            }
        }
    }

    @Override
    public String toString() {
        return "SocketTransport[" + peer + (tlsInfo != null ? ", " + tlsInfo.protocol() : "") + (isOpen() ? "" : ", closed") + "]";
    }
}
