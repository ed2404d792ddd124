package io.sqlwire.core.routing;

/**
 * Finds the {@link ServerRole} of an open connection (from reported parameters or a query).
 * Called only when {@link TargetSessionAttrs#needsRoleCheck()}.
 *
 * @param <C> the connection type
 */
@FunctionalInterface
public interface RoleCheck<C> {
    ServerRole role(C connection);
}
