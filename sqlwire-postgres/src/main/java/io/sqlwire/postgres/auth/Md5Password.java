package io.sqlwire.postgres.auth;

import io.sqlwire.Secret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The answer to AuthenticationMD5Password: {@code "md5" + hex(md5(hex(md5(password + user)) + salt))},
 * where password and user are UTF-8 and hex is lower case. The result goes into a PasswordMessage
 * (the protocol adds the terminating NUL).
 */
public final class Md5Password {

    private Md5Password() {
    }

    /**
     * The 35-character response for the 4-byte {@code salt} of AuthenticationMD5Password.
     *
     * @param user the startup user name (not a name from inside the password)
     */
    public static String response(String user, Secret password, byte[] salt) {
        if (salt.length != 4) {
            throw new IllegalArgumentException("an MD5 salt has 4 bytes, not " + salt.length);
        }
        byte[] pw = password.reveal().getBytes(StandardCharsets.UTF_8);
        byte[] u = user.getBytes(StandardCharsets.UTF_8);
        byte[] inner = concat(pw, u);
        byte[] innerHex = hex(md5(inner));
        byte[] outer = concat(innerHex, salt);
        String result = "md5" + new String(hex(md5(outer)), StandardCharsets.US_ASCII);
        Arrays.fill(pw, (byte) 0);
        Arrays.fill(inner, (byte) 0);
        Arrays.fill(innerHex, (byte) 0);
        Arrays.fill(outer, (byte) 0);
        return result;
    }

    private static byte[] md5(byte[] data) {
        try {
            return MessageDigest.getInstance("MD5").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no MD5", e);
        }
    }

    private static byte[] hex(byte[] digest) {
        return HexFormat.of().formatHex(digest).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
