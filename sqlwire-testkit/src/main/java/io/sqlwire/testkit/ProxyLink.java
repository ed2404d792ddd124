package io.sqlwire.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One client connection of a {@link FaultProxy} and, once connected, its connection to the target,
 * with one virtual thread pumping bytes in each direction.
 */
final class ProxyLink {

    private static final int CHUNK = 16 * 1024;
    private static final int CONNECT_TIMEOUT_MS = 10_000;

    private final Socket client;
    private final FlowGate gate;
    private final Consumer<ProxyLink> onClose;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicInteger openDirections = new AtomicInteger(2);
    // written by the connecting thread, read by close(); see connect() for the race with close()
    private volatile Socket target;

    ProxyLink(Socket client, FlowGate gate, Consumer<ProxyLink> onClose) {
        this.client = client;
        this.gate = gate;
        this.onClose = onClose;
    }

    boolean isClosed() {
        return closed.get();
    }

    /** Connects to the target and starts both pumps; on failure the client gets a RST. */
    void connect(InetSocketAddress address, String name) {
        Socket t = new Socket();
        try {
            t.setTcpNoDelay(true);
            t.connect(address, CONNECT_TIMEOUT_MS);
        } catch (IOException e) {
            closeQuietly(t, true);
            close(true);
            return;
        }
        target = t;
        // close() may have run before `target` was set and missed it: then close it here
        if (isClosed()) {
            closeQuietly(t, false);
            return;
        }
        Thread.ofVirtual().name(name + "-up").start(() -> pump(client, t));
        Thread.ofVirtual().name(name + "-down").start(() -> pump(t, client));
    }

    private void pump(Socket from, Socket to) {
        byte[] buf = new byte[CHUNK];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int n;
            while ((n = in.read(buf)) >= 0) {
                Duration delay = gate.awaitFlow(this);
                if (!delay.isZero()) {
                    Thread.sleep(delay);
                }
                out.write(buf, 0, n);
                out.flush();
            }
            // EOF: pass the half-close on, keep the other direction going
            to.shutdownOutput();
            if (openDirections.decrementAndGet() == 0) {
                close(false);
            }
        } catch (IOException e) {
            close(false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close(false);
        }
    }

    /** Closes both sockets; with {@code reset} they are closed with SO_LINGER 0, so peers see a RST. */
    void close(boolean reset) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closeQuietly(client, reset);
        Socket t = target;
        if (t != null) {
            closeQuietly(t, reset);
        }
        gate.wake();
        onClose.accept(this);
    }

    private static void closeQuietly(Socket s, boolean reset) {
        try {
            if (reset && !s.isClosed()) {
                s.setSoLinger(true, 0);
            }
        } catch (IOException ignored) {
            // the socket is going away anyway
        }
        try {
            s.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
