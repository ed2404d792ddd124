package io.sqlwire.core.routing;

import io.sqlwire.ConnectOptions;
import io.sqlwire.InvalidOptionException;
import io.sqlwire.core.transport.OptionText;
import java.time.Duration;
import java.util.Locale;

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
        TargetSessionAttrs tsa = options.option("target_session_attrs").map(TargetSessionAttrs::parse)
                .orElse(TargetSessionAttrs.ANY);
        boolean balance = options.option("load_balance_hosts").map(RoutingPolicy::parseLoadBalance).orElse(false);
        return new RoutingPolicy(tsa, balance, OptionText.duration(options, "connect_timeout"));
    }

    /** These settings with another connect timeout. */
    public RoutingPolicy withConnectTimeout(Duration timeout) {
        return new RoutingPolicy(targetSessionAttrs, loadBalance, timeout);
    }

    private static boolean parseLoadBalance(String v) {
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "random", "true", "1" -> true;
            case "disable", "false", "0" -> false;
            default -> throw new InvalidOptionException("load_balance_hosts", "invalid load_balance_hosts \"" + v
                    + "\" (valid: disable, random)");
        };
    }
}
