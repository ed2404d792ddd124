package io.sqlwire.core.routing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Turns a host name into addresses, in the order the system returns them. Tests pass a fake one. */
@FunctionalInterface
public interface Resolver {

    /** The JDK resolver ({@link InetAddress#getAllByName}). */
    Resolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

    /** All addresses of {@code host}; never empty. */
    List<InetAddress> resolve(String host) throws UnknownHostException;
}
