package io.sqlwire.postgres.auth;

import io.sqlwire.InternalException;

/**
 * A parsed server-first-message: {@code r=<nonce>,s=<base64 salt>,i=<iterations>[,extensions]}.
 * A mandatory extension ({@code m=}) is refused, as RFC 5802 requires.
 */
record ServerFirst(String nonce, byte[] salt, int iterations) {

    static ServerFirst parse(String msg) {
        String[] parts = msg.split(",", -1);
        if (parts.length < 3) {
            throw malformed("expected r=, s= and i= attributes");
        }
        if (parts[0].startsWith("m=")) {
            throw malformed("the server requires an extension (m) that sqlwire does not know");
        }
        String nonce = attr(parts[0], 'r', "nonce");
        if (nonce.isEmpty() || !nonce.chars().allMatch(c -> c >= 0x21 && c <= 0x7E && c != ',')) {
            throw malformed("the nonce (r) is empty or has characters outside printable ASCII");
        }
        byte[] salt = ScramAttributes.base64(attr(parts[1], 's', "salt"), "server-first-message", "the salt (s)");
        if (salt.length == 0) {
            throw malformed("the salt (s) is empty");
        }
        return new ServerFirst(nonce, salt, iterations(attr(parts[2], 'i', "iteration count")));
    }

    private static int iterations(String text) {
        int n;
        try {
            n = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw malformed("the iteration count (i) \"" + text + "\" is not a number");
        }
        if (n < ScramClient.MIN_ITERATIONS || n > ScramClient.MAX_ITERATIONS) {
            throw malformed("the iteration count (i) " + n + " is outside " + ScramClient.MIN_ITERATIONS + ".."
                    + ScramClient.MAX_ITERATIONS);
        }
        return n;
    }

    private static String attr(String part, char name, String what) {
        if (part.length() < 2 || part.charAt(0) != name || part.charAt(1) != '=') {
            throw malformed("expected the " + what + " (" + name + "=) here");
        }
        return part.substring(2);
    }

    private static InternalException malformed(String why) {
        return new InternalException("malformed SCRAM server-first-message: " + why);
    }
}
