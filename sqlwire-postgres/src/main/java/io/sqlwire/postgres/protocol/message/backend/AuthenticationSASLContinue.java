package io.sqlwire.postgres.protocol.message.backend;

import io.sqlwire.postgres.protocol.MessageReader;

/** AuthenticationSASLContinue ({@code R}, code 11): Byten, SASL data for the client (SCRAM's server-first-message). */
public record AuthenticationSASLContinue(byte[] data) implements Authentication {

    static AuthenticationSASLContinue decode(MessageReader r) {
        return new AuthenticationSASLContinue(r.rest());
    }

    @Override
    public String toString() {
        return "AuthenticationSASLContinue[" + data.length + " bytes]";
    }
}
