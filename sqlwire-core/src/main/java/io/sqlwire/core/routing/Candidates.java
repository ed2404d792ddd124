package io.sqlwire.core.routing;

import io.sqlwire.ConnectOptions;
import io.sqlwire.HostSpec;
import io.sqlwire.InvalidOptionException;
import io.sqlwire.core.transport.Addresses;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Expands {@link ConnectOptions#hosts()} into {@link Candidate}s, without DNS.
 *
 * <p>{@code hostaddr} (a comma list paired one to one with the hosts; an empty item means "resolve
 * this host") gives numeric addresses to connect to while the host name stays the name TLS
 * verifies. A host that is an absolute path is a Unix socket; the backend maps it to the socket
 * file (PostgreSQL: {@code <dir>/.s.PGSQL.<port>}; MySQL: the path itself).
 */
public final class Candidates {

    private Candidates() {
    }

    /**
     * @param defaultHost the host used when the options name none
     * @param unixSocketFile maps a Unix-socket host to its socket file
     * @throws InvalidOptionException when {@code hostaddr} does not pair with the hosts or is not numeric
     */
    public static List<Candidate> expand(ConnectOptions options, HostSpec defaultHost,
            Function<HostSpec, Path> unixSocketFile) {
        List<String> addrs = options.option("hostaddr").map(Candidates::splitList).orElse(List.of());
        List<HostSpec> hosts = options.hosts();
        if (hosts.isEmpty()) {
            hosts = addrs.isEmpty() ? List.of(defaultHost)
                    : addrs.stream().map(a -> new HostSpec(a, defaultHost.port())).toList();
        }
        if (!addrs.isEmpty() && addrs.size() != hosts.size()) {
            throw new InvalidOptionException("hostaddr", "hostaddr lists " + addrs.size() + " address(es) but "
                    + hosts.size() + " host(s) are given; the lists pair one to one");
        }
        List<Candidate> out = new ArrayList<>(hosts.size());
        for (int i = 0; i < hosts.size(); i++) {
            HostSpec h = hosts.get(i);
            String addr = addrs.isEmpty() || addrs.get(i).isEmpty() ? null : addrs.get(i);
            if (addr != null && !Addresses.isIpLiteral(addr)) {
                throw new InvalidOptionException("hostaddr", "invalid hostaddr \"" + addr
                        + "\": expected a numeric IPv4 or IPv6 address");
            }
            Path socket = addr == null && h.isUnixSocket() ? unixSocketFile.apply(h) : null;
            out.add(new Candidate(h, addr, socket));
        }
        return out;
    }

    private static List<String> splitList(String value) {
        return Arrays.stream(value.split(",", -1)).map(String::trim).toList();
    }
}
