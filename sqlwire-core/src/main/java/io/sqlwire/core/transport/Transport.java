package io.sqlwire.core.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Optional;

/**
 * A blocking, buffered byte connection to one server, which protocol state machines drive.
 * Instances come from {@link Transports}.
 *
 * <p>{@link #input()} and {@link #output()} return the same stream objects for the whole life of
 * the transport, also across {@link #upgradeToTls}: the upgrade swaps what they read from and write
 * to. The output is buffered; nothing reaches the server before {@link OutputStream#flush()}.
 *
 * <p>A transport is used by one thread at a time. {@link #close()} may be called from any thread
 * (for example by a timeout watchdog) and makes a blocked read fail.
 */
public interface Transport extends AutoCloseable {

    /** The buffered input; reads throw {@link java.net.SocketTimeoutException} after the read timeout. */
    InputStream input();

    /** The buffered output; call {@code flush()} to send. */
    OutputStream output();

    /** Limits each blocking read; {@code null} or zero means no limit. */
    void setReadTimeout(Duration timeout);

    /** The current read timeout, or {@link Duration#ZERO} for none. */
    Duration readTimeout();

    /** Whether TLS is active. */
    boolean isSecure();

    /** Whether this is a Unix-domain socket. */
    boolean isUnixSocket();

    /** The address connected to: an {@link java.net.InetSocketAddress} or a {@link java.net.UnixDomainSocketAddress}. */
    SocketAddress remoteAddress();

    /** The peer as named in messages: {@code host:port} as the user wrote it, or the socket path. */
    String peer();

    /**
     * Starts TLS on the open connection (after PostgreSQL's SSLRequest or MySQL's SSL request).
     * The handshake is always bounded: by the context's handshake timeout when set, else by the
     * connect timeout the transport was opened with, else by 10 seconds.
     *
     * <p>Bytes the server sent before the handshake that were not read yet are refused: they
     * would be unauthenticated data mixed into the encrypted stream (the buffer-stuffing attack).
     *
     * @param serverName the host name to verify and to send as SNI: the host the user gave,
     *     not the address it resolved to
     * @throws TransportException when the handshake fails or times out; the transport is then closed
     * @throws io.sqlwire.NotSupportedException on a transport that cannot carry TLS
     */
    void upgradeToTls(TlsContext context, String serverName);

    /** {@link #upgradeToTls(TlsContext, String)} with a context made from {@code settings}. */
    default void upgradeToTls(TlsSettings settings, String serverName) {
        upgradeToTls(TlsContext.create(settings), serverName);
    }

    /** The negotiated TLS session, once {@link #isSecure()}. */
    Optional<TlsInfo> tlsInfo();

    /** Whether {@link #close()} has not been called yet. */
    boolean isOpen();

    /**
     * A {@link TransportException} for an I/O failure on this open connection, naming the peer:
     * {@code read from localhost:5432 timed out after 5 s}, {@code connection to localhost:5432 lost: ...}.
     *
     * @param action what was going on, e.g. {@code reading the server greeting}
     */
    default TransportException failure(String action, IOException e) {
        return IoFailures.of(peer(), action, readTimeout(), e);
    }

    /** Closes the connection; calling it again does nothing. Never throws. */
    @Override
    void close();
}
