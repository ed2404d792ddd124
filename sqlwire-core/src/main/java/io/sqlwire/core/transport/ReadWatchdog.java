package io.sqlwire.core.transport;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs timeout actions for blocking reads that have no socket timeout of their own (Unix-domain
 * channels). One daemon thread serves every transport; tasks are cancelled when the read returns,
 * so the thread is idle in the common case.
 */
final class ReadWatchdog {
    private static final ScheduledThreadPoolExecutor TIMER = create();

    private ReadWatchdog() {
    }

    static ScheduledFuture<?> schedule(Runnable action, long millis) {
        return TIMER.schedule(action, millis, TimeUnit.MILLISECONDS);
    }

    private static ScheduledThreadPoolExecutor create() {
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
            Thread th = new Thread(r, "sqlwire-read-watchdog");
            th.setDaemon(true);
            return th;
        });
        t.setRemoveOnCancelPolicy(true); // cancelled reads leave no garbage in the queue
        return t;
    }
}
