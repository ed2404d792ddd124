package io.sqlwire.postgres.session;

import io.sqlwire.ConnectOptions;

/**
 * Who and where a session is.
 *
 * @param options the options the session was opened with
 * @param host the host as given (or the socket directory), {@code port} its port
 * @param user the user logged in
 * @param database the database
 * @param label the peer as named in messages
 */
public record SessionInfo(ConnectOptions options, String host, int port, String user, String database, String label) {
}
