package io.sqlwire.core.options;

import io.sqlwire.HostSpec;
import io.sqlwire.InvalidOptionException;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs the {@code host}, {@code port} and {@code hostaddr} comma lists into {@link HostSpec}s,
 * with libpq's rules: ports are one per host or one for all, an empty item is the default,
 * hostaddr pairs 1:1 with host and stands in for it when host is not set.
 */
final class HostLists {

    /** The host used when none is given; libpq would use its socket directory. */
    static final String DEFAULT_HOST = "localhost";

    private HostLists() {
    }

    static List<HostSpec> build(Backend backend, String hostText, String portText, String hostaddrText) {
        List<String> addrs = hostaddrText == null ? null : OptionType.HOSTS.parse("hostaddr", hostaddrText);
        List<String> hosts = hostText != null ? OptionType.HOSTS.parse("host", hostText)
                : addrs != null ? addrs : List.of("");
        if (addrs != null && addrs.size() != hosts.size()) {
            throw new InvalidOptionException("hostaddr", count(hosts.size(), "host") + " but "
                    + count(addrs.size(), "hostaddr") + " (hostaddr pairs 1:1 with host)");
        }
        List<Integer> ports = portText == null ? List.of() : OptionType.PORTS.parse("port", portText);
        if (ports.size() > 1 && ports.size() != hosts.size()) {
            throw new InvalidOptionException("port", count(hosts.size(), "host") + " but " + count(ports.size(), "port")
                    + " (give one port per host, or one for all)");
        }
        List<HostSpec> out = new ArrayList<>(hosts.size());
        for (int i = 0; i < hosts.size(); i++) {
            String host = hosts.get(i).isEmpty() ? DEFAULT_HOST : hosts.get(i);
            int port = ports.isEmpty() ? 0 : ports.get(ports.size() == 1 ? 0 : i);
            out.add(new HostSpec(host, port == 0 ? backend.defaultPort() : port));
        }
        return List.copyOf(out);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
