package io.sqlwire.mysql.auth;

import io.sqlwire.Secret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Hash and byte helpers shared by the plugins. */
final class Digests {

    private Digests() {
    }

    static byte[] sha1(byte[]... parts) {
        return digest("SHA-1", parts);
    }

    static byte[] sha256(byte[]... parts) {
        return digest("SHA-256", parts);
    }

    static byte[] sha512(byte[]... parts) {
        return digest("SHA-512", parts);
    }

    private static byte[] digest(String algorithm, byte[]... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance(algorithm);
            for (byte[] part : parts) {
                md.update(part);
            }
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            // Every JDK ships SHA-1, SHA-256 and SHA-512.
            throw new IllegalStateException(algorithm + " is missing from this JDK", e);
        }
    }

    /** {@code a XOR b}, same length. */
    static byte[] xor(byte[] a, byte[] b) {
        byte[] out = new byte[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (byte) (a[i] ^ b[i]);
        }
        return out;
    }

    /**
     * The password as the server hashed it: UTF-8 (the connection character set is utf8mb4), an
     * absent password as the empty one.
     */
    static byte[] passwordBytes(Secret password) {
        return password == null ? new byte[0] : password.reveal().getBytes(StandardCharsets.UTF_8);
    }

    /** The password followed by a NUL byte, as the cleartext and RSA paths send it. */
    static byte[] nulTerminated(Secret password) {
        byte[] pw = passwordBytes(password);
        byte[] out = new byte[pw.length + 1];
        System.arraycopy(pw, 0, out, 0, pw.length);
        return out;
    }
}
