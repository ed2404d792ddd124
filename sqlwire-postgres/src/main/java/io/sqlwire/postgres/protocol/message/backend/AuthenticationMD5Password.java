package io.sqlwire.postgres.protocol.message.backend;

import io.sqlwire.postgres.protocol.MessageReader;
import java.util.HexFormat;

/** AuthenticationMD5Password ({@code R}, code 5): Byte4 salt for the md5 hash. */
public record AuthenticationMD5Password(byte[] salt) implements Authentication {

    static AuthenticationMD5Password decode(MessageReader r) {
        byte[] salt = r.bytes(4, "salt");
        r.expectEnd();
        return new AuthenticationMD5Password(salt);
    }

    @Override
    public String toString() {
        return "AuthenticationMD5Password[salt=" + HexFormat.of().formatHex(salt) + "]";
    }
}
