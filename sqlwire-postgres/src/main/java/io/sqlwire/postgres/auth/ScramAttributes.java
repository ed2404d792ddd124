package io.sqlwire.postgres.auth;

import io.sqlwire.InternalException;
import java.util.Base64;

/** Parsing of SCRAM attribute lists ({@code a=value,b=value}); every failure names the message and field. */
final class ScramAttributes {

    private ScramAttributes() {
    }

    /** The value of attribute {@code name} in {@code msg}. */
    static String value(String msg, char name) {
        for (String part : msg.split(",", -1)) {
            if (part.length() >= 2 && part.charAt(0) == name && part.charAt(1) == '=') {
                return part.substring(2);
            }
        }
        throw new InternalException("malformed SCRAM message: attribute " + name + " is missing");
    }

    static byte[] base64(String text, String message, String field) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new InternalException("malformed SCRAM " + message + ": " + field + " is not valid base64", e);
        }
    }
}
