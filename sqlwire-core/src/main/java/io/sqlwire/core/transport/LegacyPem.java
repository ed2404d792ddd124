package io.sqlwire.core.transport;

import io.sqlwire.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * OpenSSL's legacy PEM encryption ({@code Proc-Type: 4,ENCRYPTED} with {@code DEK-Info: AES-256-CBC,<iv hex>}).
 * The key is derived as OpenSSL's EVP_BytesToKey with MD5, one iteration, and the first 8 IV bytes as salt:
 * {@code D1 = MD5(password || salt)}, {@code Di = MD5(D(i-1) || password || salt)}, key = D1 || D2 ... truncated.
 */
final class LegacyPem {
    private record CipherSpec(String transformation, String keyAlgorithm, int keyLength) {
    }

    private static final Map<String, CipherSpec> CIPHERS = Map.of(
            "AES-128-CBC", new CipherSpec("AES/CBC/PKCS5Padding", "AES", 16),
            "AES-192-CBC", new CipherSpec("AES/CBC/PKCS5Padding", "AES", 24),
            "AES-256-CBC", new CipherSpec("AES/CBC/PKCS5Padding", "AES", 32),
            "DES-EDE3-CBC", new CipherSpec("DESede/CBC/PKCS5Padding", "DESede", 24));

    private LegacyPem() {
    }

    static byte[] decrypt(String dekInfo, byte[] encrypted, Secret password) throws GeneralSecurityException {
        if (dekInfo == null || dekInfo.indexOf(',') < 0) {
            throw new GeneralSecurityException("missing DEK-Info header");
        }
        String cipherName = dekInfo.substring(0, dekInfo.indexOf(',')).trim().toUpperCase(java.util.Locale.ROOT);
        byte[] iv = HexFormat.of().parseHex(dekInfo.substring(dekInfo.indexOf(',') + 1).trim());
        CipherSpec spec = CIPHERS.get(cipherName);
        if (spec == null) {
            throw new GeneralSecurityException("unsupported legacy PEM cipher " + cipherName);
        }
        if (iv.length < 8) {
            throw new GeneralSecurityException("DEK-Info IV too short");
        }
        byte[] key = bytesToKey(password.reveal().getBytes(StandardCharsets.UTF_8), iv, spec.keyLength());
        Cipher c = Cipher.getInstance(spec.transformation());
        c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, spec.keyAlgorithm()), new IvParameterSpec(iv));
        return c.doFinal(encrypted);
    }

    private static byte[] bytesToKey(byte[] password, byte[] iv, int keyLen) throws GeneralSecurityException {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        byte[] key = new byte[keyLen];
        byte[] prev = new byte[0];
        int filled = 0;
        while (filled < keyLen) {
            md5.update(prev);
            md5.update(password);
            md5.update(iv, 0, 8);
            prev = md5.digest();
            int n = Math.min(prev.length, keyLen - filled);
            System.arraycopy(prev, 0, key, filled, n);
            filled += n;
        }
        return key;
    }
}
