package io.sqlwire.core.transport;

import io.sqlwire.NotSupportedException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketOption;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import jdk.net.ExtendedSocketOptions;

/**
 * Opens {@link Transport}s. Every failure is a {@link TransportException} naming the peer, and
 * on every failure path the socket is closed.
 */
public final class Transports {

    private Transports() {
    }

    /**
     * Connects over TCP, with TCP_NODELAY and keepalive as the settings say.
     *
     * @param address a resolved address
     * @param peer how to name the peer in messages, e.g. {@code localhost:5432}
     * @throws TransportException {@code connect to localhost:5432 refused}, {@code ... timed out after 2 s}
     */
    public static Transport connectTcp(InetSocketAddress address, String peer, SocketSettings settings) {
        if (address.isUnresolved()) {
            throw IoFailures.unknownHost(peer, new java.net.UnknownHostException(address.getHostString()));
        }
        Socket socket = new Socket();
        try {
            socket.connect(address, Durations.toTimeoutMillis(settings.connectTimeout()));
            tune(socket, settings);
            return new SocketTransport(socket, peer, settings);
        } catch (IOException e) {
            closeQuietly(socket);
            throw IoFailures.connect(peer, settings.connectTimeout(), e);
        } catch (RuntimeException e) {
            closeQuietly(socket);
            throw e;
        }
    }

    /**
     * Connects over TCP and starts TLS at once, offering the ALPN protocols of the context
     * (PostgreSQL 17's {@code sslnegotiation=direct} offers {@code postgresql}). When ALPN protocols are
     * offered, the server must select one of them, or the connection is closed.
     *
     * @param serverName the host name to verify and send as SNI
     */
    public static Transport connectDirectTls(InetSocketAddress address, String peer, SocketSettings settings,
            TlsContext tls, String serverName) {
        Transport t = connectTcp(address, peer, settings);
        t.upgradeToTls(tls, serverName);
        var offered = tls.settings().alpn();
        String selected = t.tlsInfo().map(TlsInfo::applicationProtocol).orElse(null);
        if (!offered.isEmpty() && (selected == null || !offered.contains(selected))) {
            t.close();
            String reason = "TLS handshake failed: the server did not select ALPN protocol " + String.join(" or ", offered)
                    + " (it may not support direct TLS)";
            throw new TransportException("TLS handshake with " + peer + " failed: the server did not select ALPN protocol "
                    + String.join(" or ", offered) + " (it may not support direct TLS)", peer, reason,
                    TransportException.UNABLE_TO_CONNECT, false, null);
        }
        return t;
    }

    /**
     * Connects to a Unix-domain socket file. The caller gives the final path (for PostgreSQL,
     * {@code <socket dir>/.s.PGSQL.<port>}).
     *
     * @throws NotSupportedException for Linux abstract-namespace names ({@code @name})
     * @throws TransportException {@code connect to /run/x.sock failed: no such socket file}
     */
    public static Transport connectUnix(Path socketFile, SocketSettings settings) {
        String peer = socketFile.toString();
        if (peer.startsWith("@")) {
            throw new NotSupportedException("abstract-namespace Unix sockets (" + peer + ") are not supported");
        }
        SocketChannel ch = null;
        try {
            ch = SocketChannel.open(StandardProtocolFamily.UNIX);
            ch.connect(UnixDomainSocketAddress.of(socketFile));
            return new UnixSocketTransport(ch, peer, settings.bufferSize());
        } catch (IOException e) {
            closeQuietly(ch);
            throw unixFailure(peer, e);
        } catch (RuntimeException e) {
            closeQuietly(ch);
            throw e;
        }
    }

    private static TransportException unixFailure(String peer, IOException e) {
        String msg = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        String reason;
        if (msg.contains("no such file")) {
            reason = "failed: no such socket file (is the server running and is this its socket?)";
        } else if (msg.contains("refused")) {
            reason = "refused";
        } else if (msg.contains("permission denied")) {
            reason = "failed: permission denied";
        } else {
            reason = "failed: " + IoFailures.describe(e);
        }
        return new TransportException("connect to " + peer + " " + reason, peer, reason,
                TransportException.UNABLE_TO_CONNECT, !reason.contains("permission"), e);
    }

    private static void tune(Socket socket, SocketSettings s) throws IOException {
        socket.setTcpNoDelay(s.tcpNoDelay());
        socket.setKeepAlive(s.keepAlive());
        if (!s.keepAlive()) {
            return;
        }
        Set<SocketOption<?>> supported = socket.supportedOptions();
        setIfSupported(socket, supported, ExtendedSocketOptions.TCP_KEEPIDLE, seconds(s.keepAliveIdle()));
        setIfSupported(socket, supported, ExtendedSocketOptions.TCP_KEEPINTERVAL, seconds(s.keepAliveInterval()));
        setIfSupported(socket, supported, ExtendedSocketOptions.TCP_KEEPCOUNT, s.keepAliveCount());
    }

    private static void setIfSupported(Socket socket, Set<SocketOption<?>> supported, SocketOption<Integer> option,
            int value) throws IOException {
        if (value > 0 && supported.contains(option)) {
            socket.setOption(option, value);
        }
    }

    private static int seconds(Duration d) {
        return d == null ? 0 : (int) Math.max(1, Math.min(Integer.MAX_VALUE, d.toSeconds()));
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception e) {
                // already failing: the first error is the one to report
            }
        }
    }
}
