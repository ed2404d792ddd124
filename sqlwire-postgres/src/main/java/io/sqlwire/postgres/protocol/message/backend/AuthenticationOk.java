package io.sqlwire.postgres.protocol.message.backend;

import io.sqlwire.postgres.protocol.MessageReader;

/** AuthenticationOk ({@code R}, code 0): authentication succeeded. Empty body. */
public record AuthenticationOk() implements Authentication {

    /** The one instance. */
    public static final AuthenticationOk INSTANCE = new AuthenticationOk();

    static AuthenticationOk decode(MessageReader r) {
        r.expectEnd();
        return INSTANCE;
    }
}
