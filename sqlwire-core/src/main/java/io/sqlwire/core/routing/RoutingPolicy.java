package io.sqlwire.core.routing;

import io.sqlwire.ConnectOptions;
import io.sqlwire.core.options.CoreOptions;
import io.sqlwire.core.options.PostgresOptions;
import java.time.Duration;

/**
 * How the {@link Router} walks the host list.
 *
 * @param targetSessionAttrs which server is wanted
 * @param loadBalance whether host order and each host's addresses are shuffled
 * @param connectTimeout the bound on each attempt (per host and per address), or {@code null} for none
 */
public record RoutingPolicy(TargetSessionAttrs targetSessionAttrs, boolean loadBalance, Duration connectTimeout) {

    /** Any server, hosts in order, no timeout. */
    public static final RoutingPolicy DEFAULT = new RoutingPolicy(TargetSessionAttrs.ANY, false, null);

    public RoutingPolicy {
        java.util.Objects.requireNonNull(targetSessionAttrs, "targetSessionAttrs");
    }

    /** From the options {@code target_session_attrs}, {@code load_balance_hosts} and {@code connect_timeout}. */
    public static RoutingPolicy fromOptions(ConnectOptions options) {
        TargetSessionAttrs tsa = TargetSessionAttrs.parse(PostgresOptions.TARGET_SESSION_ATTRS.get(options));
        boolean balance = "random".equals(CoreOptions.LOAD_BALANCE_HOSTS.get(options));
        Duration timeout = CoreOptions.CONNECT_TIMEOUT.get(options);
        return new RoutingPolicy(tsa, balance, timeout == null || timeout.isZero() ? null : timeout);
    }

    /** These settings with another connect timeout. */
    public RoutingPolicy withConnectTimeout(Duration timeout) {
        return new RoutingPolicy(targetSessionAttrs, loadBalance, timeout);
    }

}
