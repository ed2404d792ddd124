package io.sqlwire.postgres.protocol.message.backend;

import io.sqlwire.postgres.protocol.MessageReader;

/** AuthenticationCleartextPassword ({@code R}, code 3): send the password in clear. Empty body. */
public record AuthenticationCleartextPassword() implements Authentication {

    /** The one instance. */
    public static final AuthenticationCleartextPassword INSTANCE = new AuthenticationCleartextPassword();

    static AuthenticationCleartextPassword decode(MessageReader r) {
        r.expectEnd();
        return INSTANCE;
    }
}
