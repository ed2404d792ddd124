package io.sqlwire.postgres;

/**
 * A notification from {@code NOTIFY channel, 'payload'} on a channel this session listens to.
 *
 * @param processId the process id of the notifying backend
 * @param channel the channel name
 * @param payload the payload, empty when none was given
 */
public record PgNotification(int processId, String channel, String payload) {
}
