package io.sqlwire.core.routing;

import io.sqlwire.HostSpec;
import java.nio.file.Path;

/**
 * One entry of the host list, before DNS: the host as given, an optional numeric {@code hostaddr}
 * to connect to instead of resolving the host, or the Unix socket file for a socket host.
 *
 * @param host the host and port as given
 * @param hostaddr a numeric address to connect to (no DNS lookup), or {@code null}
 * @param unixSocket the socket file for a Unix-socket host, or {@code null} for TCP
 */
public record Candidate(HostSpec host, String hostaddr, Path unixSocket) {

    /** A TCP host that is resolved by DNS. */
    public static Candidate tcp(HostSpec host) {
        return new Candidate(host, null, null);
    }

    /** Whether this candidate is a Unix-domain socket. */
    public boolean isUnixSocket() {
        return unixSocket != null;
    }

    /**
     * The name TLS verifies and sends as SNI: the host as given, even when {@code hostaddr} says
     * where to connect.
     */
    public String serverName() {
        return host.isUnixSocket() && hostaddr != null ? hostaddr : host.host();
    }

    /** For messages: {@code localhost:5432}, {@code [::1]:5432}, or the socket file. */
    public String label() {
        return isUnixSocket() ? unixSocket.toString() : host.toString();
    }
}
