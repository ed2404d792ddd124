package io.sqlwire.core.transport;

import io.sqlwire.ConnectOptions;
import io.sqlwire.core.options.CoreOptions;
import java.time.Duration;

/**
 * How sockets are opened and tuned.
 *
 * @param connectTimeout the bound on one connect (per address), or {@code null} for the OS default
 * @param tcpNoDelay whether to disable Nagle's algorithm (on by default: protocol messages are small)
 * @param keepAlive whether to turn on TCP keepalive
 * @param keepAliveIdle idle time before the first probe, or {@code null} for the OS default
 * @param keepAliveInterval time between probes, or {@code null} for the OS default
 * @param keepAliveCount probes before the connection is dropped, or 0 for the OS default
 * @param bufferSize the size of the input and output buffers, in bytes
 */
public record SocketSettings(
        Duration connectTimeout,
        boolean tcpNoDelay,
        boolean keepAlive,
        Duration keepAliveIdle,
        Duration keepAliveInterval,
        int keepAliveCount,
        int bufferSize) {

    /** OS connect timeout, TCP_NODELAY and keepalive on, 16 KiB buffers. */
    public static final SocketSettings DEFAULT = new SocketSettings(null, true, true, null, null, 0, 16 * 1024);

    public SocketSettings {
        if (bufferSize < 256) {
            throw new IllegalArgumentException("bufferSize must be at least 256, was " + bufferSize);
        }
    }

    /** These settings with another connect timeout. */
    public SocketSettings withConnectTimeout(Duration timeout) {
        return new SocketSettings(timeout, tcpNoDelay, keepAlive, keepAliveIdle, keepAliveInterval, keepAliveCount,
                bufferSize);
    }

    /**
     * The settings from the libpq-named options {@code connect_timeout}, {@code keepalives},
     * {@code keepalives_idle}, {@code keepalives_interval} and {@code keepalives_count}
     * (durations in seconds unless a unit is given; 0 means the OS default).
     */
    public static SocketSettings fromOptions(ConnectOptions options) {
        Integer count = CoreOptions.KEEPALIVES_COUNT.get(options);
        return new SocketSettings(
                positive(CoreOptions.CONNECT_TIMEOUT.get(options)),
                true,
                !Boolean.FALSE.equals(CoreOptions.KEEPALIVES.get(options)),
                positive(CoreOptions.KEEPALIVES_IDLE.get(options)),
                positive(CoreOptions.KEEPALIVES_INTERVAL.get(options)),
                count == null ? 0 : count,
                DEFAULT.bufferSize());
    }

    /** The option table's "0 means not set" for durations, as {@code null}. */
    static Duration positive(Duration d) {
        return d == null || d.isZero() || d.isNegative() ? null : d;
    }
}
