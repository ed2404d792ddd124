package io.sqlwire;

/**
 * One server address from a connection string: a host name, an IP literal (IPv6 without
 * brackets), or an absolute Unix-socket directory (PostgreSQL) or socket file (MySQL).
 *
 * @param host the host name, IP literal or socket path
 * @param port the TCP port; for PostgreSQL Unix sockets it also names the socket file
 */
public record HostSpec(String host, int port) {
    public HostSpec {
        if (host == null || host.isEmpty()) {
            throw new InvalidOptionException("host", "host must not be empty");
        }
        if (port < 1 || port > 65535) {
            throw new InvalidOptionException("port", "invalid port " + port + " for host \"" + host + "\" (1-65535)");
        }
    }

    /** Whether the host names a Unix-domain socket (an absolute path) rather than a TCP address. */
    public boolean isUnixSocket() {
        return host.startsWith("/") || host.startsWith("@");
    }

    /** {@code host:port}, with IPv6 literals in brackets. */
    @Override
    public String toString() {
        return host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
    }
}
