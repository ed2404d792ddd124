package io.sqlwire.core.routing;

/**
 * Opens one connection (transport, TLS, startup, login) to one {@link Target}. Throw a
 * {@link io.sqlwire.DatabaseException} for a failure after which the next host may be tried
 * (a {@link io.sqlwire.core.transport.TransportException} gives the shortest report); an
 * authentication failure (SQLSTATE class 28) or any other exception ends the search.
 *
 * @param <C> the connection type
 */
@FunctionalInterface
public interface ConnectionAttempt<C> {
    C open(Target target);
}
