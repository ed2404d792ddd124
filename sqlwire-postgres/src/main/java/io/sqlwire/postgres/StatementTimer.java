package io.sqlwire.postgres;

import io.sqlwire.SqlwireException;
import io.sqlwire.core.error.ExceptionFactory;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The client side of {@code statement_timeout}: a virtual thread that sends a CancelRequest when
 * the statement runs too long. The lock makes "finished" and "cancel now" exclusive, so a timer
 * that fires after the statement ended does not cancel the next one.
 */
final class StatementTimer implements AutoCloseable {
    private final ReentrantLock lock = new ReentrantLock();
    private final Thread thread;
    private final Duration timeout;
    private boolean done;
    private volatile boolean fired;

    private StatementTimer(PgConnection conn, Duration timeout) {
        this.timeout = timeout;
        this.thread = Thread.ofVirtual().name("sqlwire-statement-timeout").start(() -> fire(conn));
    }

    /** A timer for one statement, or {@code null} when no timeout is set. */
    static StatementTimer start(PgConnection conn, Duration timeout) {
        return timeout == null || timeout.isZero() ? null : new StatementTimer(conn, timeout);
    }

    private void fire(PgConnection conn) {
        try {
            Thread.sleep(timeout);
        } catch (InterruptedException e) {
            return;
        }
        lock.lock();
        try {
            if (!done) {
                fired = true;
                conn.cancel();
            }
        } catch (SqlwireException e) {
            // the statement goes on; the read timeout, if any, still bounds it
        } finally {
            lock.unlock();
        }
    }

    /** The exception to throw for {@code e}: a transient timeout when this timer cancelled the statement. */
    SqlwireException translate(SqlwireException e) {
        if (fired && "57014".equals(e.sqlState())) {
            return ExceptionFactory.standard().create("statement timed out after " + timeout.toMillis()
                    + " ms (statement_timeout) and was cancelled", "57014", 0, true, e);
        }
        return e;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            done = true;
        } finally {
            lock.unlock();
        }
        thread.interrupt();
    }
}
