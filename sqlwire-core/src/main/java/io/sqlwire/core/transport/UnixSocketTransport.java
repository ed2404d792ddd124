package io.sqlwire.core.transport;

import io.sqlwire.NotSupportedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A Unix-domain {@link Transport} over a blocking {@link SocketChannel} (blocking channel I/O does not
 * pin virtual threads). A channel has no SO_TIMEOUT, so a read that outlives the read timeout is ended
 * by closing the channel from the {@link ReadWatchdog}: unlike TCP, a read timeout here closes the
 * transport. TLS is not offered on Unix sockets (PostgreSQL ignores sslmode there).
 */
final class UnixSocketTransport implements Transport {
    private final SocketChannel channel;
    private final String peer;
    private final TransportInput input;
    private final TransportOutput output;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Duration readTimeout = Duration.ZERO;

    UnixSocketTransport(SocketChannel channel, String peer, int bufferSize) {
        this.channel = channel;
        this.peer = peer;
        this.input = new TransportInput(new ChannelInput(), bufferSize);
        this.output = new TransportOutput(new ChannelOutput(), bufferSize);
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
        readTimeout = timeout == null || timeout.isNegative() ? Duration.ZERO : timeout;
    }

    @Override
    public Duration readTimeout() {
        return readTimeout;
    }

    @Override
    public boolean isSecure() {
        return false;
    }

    @Override
    public boolean isUnixSocket() {
        return true;
    }

    @Override
    public SocketAddress remoteAddress() {
        try {
            return channel.getRemoteAddress();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public String peer() {
        return peer;
    }

    @Override
    public void upgradeToTls(TlsContext context, String serverName) {
        throw new NotSupportedException("TLS over a Unix-domain socket is not supported (" + peer
                + "); the socket is local to the machine, use TCP for TLS");
    }

    @Override
    public Optional<TlsInfo> tlsInfo() {
        return Optional.empty();
    }

    @Override
    public boolean isOpen() {
        return !closed.get();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                channel.close();
            } catch (IOException e) {
                // closing: nothing left to report to
            }
        }
    }

    @Override
    public String toString() {
        return "UnixSocketTransport[" + peer + (isOpen() ? "" : ", closed") + "]";
    }

    private final class ChannelInput extends InputStream {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            long millis = Durations.toTimeoutMillis(readTimeout);
            if (millis == 0) {
                return channel.read(ByteBuffer.wrap(b, off, len));
            }
            AtomicBoolean fired = new AtomicBoolean();
            ScheduledFuture<?> task = ReadWatchdog.schedule(() -> {
                fired.set(true);
                close();
            }, millis);
            try {
                return channel.read(ByteBuffer.wrap(b, off, len));
            } catch (ClosedChannelException e) { // includes AsynchronousCloseException
                if (fired.get()) {
                    throw new SocketTimeoutException("read timed out; the Unix socket was closed");
                }
                throw e;
            } finally {
                task.cancel(false);
            }
        }

        @Override
        public void close() {
            UnixSocketTransport.this.close();
        }
    }

    private final class ChannelOutput extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            ByteBuffer buf = ByteBuffer.wrap(b, off, len);
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
        }

        @Override
        public void close() {
            UnixSocketTransport.this.close();
        }
    }
}
