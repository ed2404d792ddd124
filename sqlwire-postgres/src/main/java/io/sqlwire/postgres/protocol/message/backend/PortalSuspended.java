package io.sqlwire.postgres.protocol.message.backend;

import io.sqlwire.postgres.protocol.MessageReader;

/** PortalSuspended {@code s}: Execute reached its row limit; the portal has more rows. Empty body. */
public record PortalSuspended() implements BackendMessage {

    /** The one instance. */
    public static final PortalSuspended INSTANCE = new PortalSuspended();

    static PortalSuspended decode(MessageReader r) {
        r.expectEnd();
        return INSTANCE;
    }
}
