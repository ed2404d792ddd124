package io.sqlwire.postgres.protocol.message.backend;

import io.sqlwire.postgres.protocol.MessageReader;

/** NotificationResponse {@code A}: Int32 notifying backend's pid, String channel, String payload. */
public record NotificationResponse(int processId, String channel, String payload) implements BackendMessage {

    static NotificationResponse decode(MessageReader r) {
        int pid = r.int32("process id");
        String channel = r.cstring("channel");
        String payload = r.cstring("payload");
        r.expectEnd();
        return new NotificationResponse(pid, channel, payload);
    }
}
