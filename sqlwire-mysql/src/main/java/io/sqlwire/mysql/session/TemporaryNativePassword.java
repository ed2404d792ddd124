package io.sqlwire.mysql.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * TEMPORARY: mysql_native_password only, until the auth plugins of io.sqlwire.mysql.auth arrive;
 * delete this class then. The response is {@code SHA1(pw) XOR SHA1(scramble20 || SHA1(SHA1(pw)))},
 * empty for an empty password.
 */
final class TemporaryNativePassword {
    static final String NAME = "mysql_native_password";

    private TemporaryNativePassword() {
    }

    static byte[] scramble(String password, byte[] seed) {
        if (password == null || password.isEmpty()) {
            return new byte[0];
        }
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            byte[] stage1 = sha1.digest(password.getBytes(StandardCharsets.UTF_8));
            byte[] stage2 = sha1.digest(stage1);
            sha1.update(seed, 0, Math.min(20, seed.length));
            sha1.update(stage2);
            byte[] mix = sha1.digest();
            for (int i = 0; i < mix.length; i++) {
                mix[i] ^= stage1[i];
            }
            return mix;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-1", e);
        }
    }
}
