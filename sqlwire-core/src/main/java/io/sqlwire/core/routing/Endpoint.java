package io.sqlwire.core.routing;

import io.sqlwire.core.transport.Addresses;
import java.net.InetSocketAddress;
import java.nio.file.Path;

/** One concrete place to connect to: a resolved TCP address or a Unix-domain socket file. */
public sealed interface Endpoint {

    /** A resolved TCP address. */
    record Tcp(InetSocketAddress address) implements Endpoint {
        @Override
        public String toString() {
            String ip = Addresses.format(address.getAddress());
            return (ip.indexOf(':') >= 0 ? "[" + ip + "]" : ip) + ":" + address.getPort();
        }
    }

    /** A Unix-domain socket file (the final path, e.g. {@code /run/postgresql/.s.PGSQL.5432}). */
    record UnixSocket(Path path) implements Endpoint {
        @Override
        public String toString() {
            return path.toString();
        }
    }
}
