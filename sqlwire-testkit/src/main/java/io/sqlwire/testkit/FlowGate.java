package io.sqlwire.testkit;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The forwarding state a {@link FaultProxy} shares with its links: whether bytes may flow and how
 * long each chunk waits. Pumps call {@link #awaitFlow} before every write.
 */
final class FlowGate {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private boolean frozen;
    private boolean blackholed;
    private boolean closed;
    private Duration delay = Duration.ZERO;

    /**
     * Blocks while forwarding is stopped, then returns the delay to apply to the next chunk.
     *
     * @throws IOException when the link or the proxy was closed meanwhile
     */
    Duration awaitFlow(ProxyLink link) throws IOException, InterruptedException {
        lock.lock();
        try {
            while ((frozen || blackholed) && !closed && !link.isClosed()) {
                changed.await();
            }
            if (closed || link.isClosed()) {
                throw new IOException("link closed");
            }
            return delay;
        } finally {
            lock.unlock();
        }
    }

    /** Sets the state; {@code null} leaves a part as it is. */
    void set(Boolean frozen, Boolean blackholed, Duration delay) {
        lock.lock();
        try {
            if (frozen != null) {
                this.frozen = frozen;
            }
            if (blackholed != null) {
                this.blackholed = blackholed;
            }
            if (delay != null) {
                this.delay = delay;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    boolean blackholed() {
        lock.lock();
        try {
            return blackholed;
        } finally {
            lock.unlock();
        }
    }

    /** Wakes every waiting pump, e.g. after links were closed. */
    void wake() {
        set(null, null, null);
    }

    void close() {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
