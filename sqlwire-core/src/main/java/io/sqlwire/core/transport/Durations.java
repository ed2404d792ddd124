package io.sqlwire.core.transport;

import java.time.Duration;

/** Short human forms of durations for messages: {@code 2 s}, {@code 1.5 s}, {@code 250 ms}. */
public final class Durations {

    private Durations() {
    }

    /** {@code 2 s}, {@code 1.5 s}, {@code 250 ms}, {@code 3 min}. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms % 60_000 == 0) {
            return ms / 60_000 + " min";
        }
        if (ms % 1000 == 0) {
            return ms / 1000 + " s";
        }
        return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0).replace(".0 s", " s");
    }

    /** Milliseconds for a socket timeout: 0 (no limit) for {@code null} or zero, at least 1 otherwise. */
    static int toTimeoutMillis(Duration d) {
        if (d == null || d.isZero() || d.isNegative()) {
            return 0;
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, d.toMillis()));
    }
}
