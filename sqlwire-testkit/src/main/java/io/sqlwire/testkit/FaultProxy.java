package io.sqlwire.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An in-process TCP proxy for fault tests: it listens on {@code 127.0.0.1:<ephemeral port>} and
 * forwards every connection to a target, and can be told to misbehave while connections are live.
 * It is the way to add latency here (the kernel has no netem) and, unlike
 * {@link ServerControl}, disturbs nobody else, so it is always available.
 *
 * <pre>{@code
 * try (FaultProxy proxy = FaultProxy.start("127.0.0.1", harness.pgPrimaryPort())) {
 *     String dsn = harness.pgUri(proxy.port(), "test", "test", "test", "connect_timeout=2");
 *     ...
 *     proxy.freeze();   // the session hangs: its socket timeout must fire
 * }
 * }</pre>
 *
 * <p>Faults: {@link #delay(Duration)} holds back every chunk in both directions;
 * {@link #freeze()} stops forwarding but keeps the sockets (bytes wait in the buffers);
 * {@link #blackhole()} also accepts new connections but never connects or answers them;
 * {@link #cut()} closes every live connection at once (peers see EOF, or a reset if bytes were
 * unread); {@link #reset()} closes them with SO_LINGER 0 so peers see a TCP RST; {@link #heal()}
 * ends delay, freeze and blackhole. One virtual thread pumps each direction of each connection.
 */
public final class FaultProxy implements AutoCloseable {

    private final InetSocketAddress target;
    private final ServerSocket listener;
    private final FlowGate gate = new FlowGate();
    private final ReentrantLock lock = new ReentrantLock();
    private final Set<ProxyLink> live = new LinkedHashSet<>();   // guarded by lock
    private final List<ProxyLink> held = new ArrayList<>();      // blackholed, guarded by lock
    private final AtomicInteger accepted = new AtomicInteger();
    private volatile Thread acceptor;
    private volatile boolean closed;

    private FaultProxy(InetSocketAddress target, ServerSocket listener) {
        this.target = target;
        this.listener = listener;
    }

    /** Starts a proxy to {@code host:port} (a loopback address in tests). */
    public static FaultProxy start(String host, int port) {
        return start(new InetSocketAddress(host, port));
    }

    /**
     * Starts a proxy to {@code target}.
     *
     * @throws UncheckedIOException when no listening socket can be opened
     */
    public static FaultProxy start(InetSocketAddress target) {
        Objects.requireNonNull(target, "target");
        try {
            ServerSocket listener = new ServerSocket(0, 128, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
            FaultProxy proxy = new FaultProxy(target, listener);
            proxy.acceptor = Thread.ofVirtual().name("sqlwire-fault-proxy-" + listener.getLocalPort())
                    .start(proxy::acceptLoop);
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a fault proxy listener for " + target, e);
        }
    }

    /** The address clients connect to. */
    public String host() {
        return listener.getInetAddress().getHostAddress();
    }

    /** The port clients connect to. */
    public int port() {
        return listener.getLocalPort();
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(listener.getInetAddress(), port());
    }

    public InetSocketAddress target() {
        return target;
    }

    /** Holds back every chunk, in both directions, for {@code delay}; {@link Duration#ZERO} ends it. */
    public void delay(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("negative delay " + delay);
        }
        gate.set(null, null, delay);
    }

    /** Stops forwarding on every connection, live and new; sockets stay open. */
    public void freeze() {
        gate.set(true, null, null);
    }

    /** Resumes forwarding after {@link #freeze()}; bytes that waited are delivered. */
    public void unfreeze() {
        gate.set(false, null, null);
    }

    /**
     * From now on, new connections are accepted but never connected to the target nor answered,
     * and live ones stop forwarding. {@link #heal()} resets the held connections.
     */
    public void blackhole() {
        gate.set(null, true, null);
    }

    /** Ends delay, freeze and blackhole; connections accepted while blackholed are reset. */
    public void heal() {
        gate.set(false, false, Duration.ZERO);
        closeHeld(true);
    }

    /** Closes every live connection at once (normal close: peers see EOF). */
    public void cut() {
        closeAll(false);
    }

    /** Closes every live connection with SO_LINGER 0: peers see a TCP RST ("connection reset"). */
    public void reset() {
        closeAll(true);
    }

    /** How many connections were accepted since the start. */
    public int connectionCount() {
        return accepted.get();
    }

    /** How many connections are open now (including blackholed ones). */
    public int openConnections() {
        lock.lock();
        try {
            return live.size();
        } finally {
            lock.unlock();
        }
    }

    /** Stops listening and closes every connection; once it returns, connects to the port are refused. */
    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing a listener does not fail in a way that matters here
        }
        // A virtual thread blocked in accept() closes the listening descriptor itself once it wakes
        // up; until then the port still completes handshakes. Wait for it.
        try {
            acceptor.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        gate.close();
        closeAll(false);
    }

    private void acceptLoop() {
        int n = 0;
        while (!closed) {
            Socket client;
            try {
                client = listener.accept();
                client.setTcpNoDelay(true);
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                continue;
            }
            accepted.incrementAndGet();
            ProxyLink link = new ProxyLink(client, gate, this::forget);
            String name = "sqlwire-fault-proxy-" + port() + "-" + (++n);
            if (register(link)) {
                Thread.ofVirtual().name(name + "-connect").start(() -> link.connect(target, name));
            }
        }
    }

    /** Adds a new link; returns whether it should connect (false: held by a blackhole, or closed). */
    private boolean register(ProxyLink link) {
        lock.lock();
        try {
            if (closed) {
                link.close(false);
                return false;
            }
            live.add(link);
            if (gate.blackholed()) {
                held.add(link);
                return false;
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void forget(ProxyLink link) {
        lock.lock();
        try {
            live.remove(link);
            held.remove(link);
        } finally {
            lock.unlock();
        }
    }

    private void closeAll(boolean reset) {
        for (ProxyLink link : snapshot(true)) {
            link.close(reset);
        }
    }

    private void closeHeld(boolean reset) {
        for (ProxyLink link : snapshot(false)) {
            link.close(reset);
        }
    }

    private List<ProxyLink> snapshot(boolean all) {
        lock.lock();
        try {
            return new ArrayList<>(all ? live : held);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "FaultProxy[" + host() + ":" + port() + " -> " + target + "]";
    }
}
