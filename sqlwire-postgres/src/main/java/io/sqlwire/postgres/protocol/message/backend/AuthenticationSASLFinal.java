package io.sqlwire.postgres.protocol.message.backend;

import io.sqlwire.postgres.protocol.MessageReader;

/** AuthenticationSASLFinal ({@code R}, code 12): Byten, SASL outcome data (SCRAM's server-final-message). */
public record AuthenticationSASLFinal(byte[] data) implements Authentication {

    static AuthenticationSASLFinal decode(MessageReader r) {
        return new AuthenticationSASLFinal(r.rest());
    }

    @Override
    public String toString() {
        return "AuthenticationSASLFinal[" + data.length + " bytes]";
    }
}
