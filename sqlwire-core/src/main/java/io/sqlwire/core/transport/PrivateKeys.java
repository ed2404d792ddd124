package io.sqlwire.core.transport;

import io.sqlwire.InvalidOptionException;
import io.sqlwire.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Loads a client private key in the forms libpq and the MySQL clients accept: PEM
 * {@code PRIVATE KEY} (PKCS#8), {@code ENCRYPTED PRIVATE KEY} (PKCS#8 with a password),
 * {@code RSA PRIVATE KEY} (PKCS#1) and {@code EC PRIVATE KEY} (SEC1), both also with legacy
 * OpenSSL encryption headers, and DER PKCS#8 ({@code .pk8}), plain or encrypted.
 */
public final class PrivateKeys {
    private static final String OPTION = "sslkey";
    private static final List<String> ALGORITHMS = List.of("RSA", "EC", "EdDSA", "RSASSA-PSS", "DSA");

    private PrivateKeys() {
    }

    /**
     * Reads the key in {@code file}.
     *
     * @param password the password of an encrypted key, or {@code null}
     * @throws InvalidOptionException naming the file when it cannot be read, holds no key,
     *     or needs a password that is missing or wrong
     */
    public static PrivateKey load(Path file, Secret password) {
        byte[] bytes = PemFiles.read(file, OPTION);
        try {
            byte[] pkcs8 = PemFiles.isPem(bytes) ? fromPem(file, bytes, password) : fromDer(file, bytes, password);
            return decodePkcs8(file, pkcs8);
        } catch (IllegalArgumentException e) {
            throw bad(file, "is malformed: " + IoFailures.describe(e), e);
        }
    }

    private static byte[] fromPem(Path file, byte[] bytes, Secret password) {
        for (PemFiles.Block b : PemFiles.blocks(new String(bytes, StandardCharsets.US_ASCII))) {
            switch (b.label()) {
                case "PRIVATE KEY":
                    return b.der();
                case "ENCRYPTED PRIVATE KEY":
                    return decryptPkcs8(file, b.der(), password);
                case "RSA PRIVATE KEY":
                    return Der.pkcs8(Der.OID_RSA, Der.tlv(Der.NULL), legacyContent(file, b, password));
                case "EC PRIVATE KEY":
                    return sec1ToPkcs8(legacyContent(file, b, password));
                default:
                    // skip certificates, EC PARAMETERS and anything else stored next to the key
            }
        }
        throw bad(file, "holds no private key (expected BEGIN PRIVATE KEY, ENCRYPTED PRIVATE KEY, "
                + "RSA PRIVATE KEY or EC PRIVATE KEY)", null);
    }

    private static byte[] fromDer(Path file, byte[] der, Secret password) {
        Der.Element top = Der.parse(der);
        List<Der.Element> parts = Der.children(top.content());
        // PrivateKeyInfo starts with INTEGER version; EncryptedPrivateKeyInfo with the algorithm SEQUENCE
        boolean encrypted = !parts.isEmpty() && parts.get(0).tag() == Der.SEQUENCE;
        return encrypted ? decryptPkcs8(file, der, password) : der;
    }

    private static byte[] legacyContent(Path file, PemFiles.Block b, Secret password) {
        String procType = b.headers().get("Proc-Type");
        if (procType == null || !procType.contains("ENCRYPTED")) {
            return b.der();
        }
        requirePassword(file, password);
        try {
            return LegacyPem.decrypt(b.headers().get("DEK-Info"), b.der(), password);
        } catch (GeneralSecurityException e) {
            throw bad(file, "cannot be decrypted: wrong sslpassword?", e);
        }
    }

    /** SEC1 ECPrivateKey → PKCS#8, moving the curve from the key's [0] parameters to the AlgorithmIdentifier. */
    static byte[] sec1ToPkcs8(byte[] sec1) {
        for (Der.Element e : Der.children(Der.parse(sec1).content())) {
            if (e.tag() == 0xA0) {
                return Der.pkcs8(Der.OID_EC_PUBLIC_KEY, e.content(), sec1);
            }
        }
        throw new IllegalArgumentException("EC PRIVATE KEY without curve parameters");
    }

    private static byte[] decryptPkcs8(Path file, byte[] der, Secret password) {
        requirePassword(file, password);
        char[] pw = password.reveal().toCharArray();
        try {
            EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(der);
            String alg = cipherName(info);
            var key = SecretKeyFactory.getInstance(alg).generateSecret(new PBEKeySpec(pw));
            Cipher cipher = Cipher.getInstance(alg);
            cipher.init(Cipher.DECRYPT_MODE, key, info.getAlgParameters());
            return info.getKeySpec(cipher).getEncoded();
        } catch (IOException | GeneralSecurityException e) {
            throw bad(file, "cannot be decrypted: wrong sslpassword, or an unsupported encryption ("
                    + IoFailures.describe(e) + ")", e);
        } finally {
            java.util.Arrays.fill(pw, '\0');
        }
    }

    /** PBES2 keys name their real algorithm in the parameters, e.g. {@code PBEWithHmacSHA256AndAES_256}. */
    private static String cipherName(EncryptedPrivateKeyInfo info) {
        String name = info.getAlgName();
        if (info.getAlgParameters() != null && (name.equals("PBES2") || name.equals("1.2.840.113549.1.5.13"))) {
            return info.getAlgParameters().toString();
        }
        return name;
    }

    private static PrivateKey decodePkcs8(Path file, byte[] pkcs8) {
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(pkcs8);
        for (String alg : ALGORITHMS) {
            try {
                return KeyFactory.getInstance(alg).generatePrivate(spec);
            } catch (GeneralSecurityException e) {
                // not this algorithm; try the next
            }
        }
        throw bad(file, "holds a private key of an unsupported algorithm (supported: " + ALGORITHMS + ")", null);
    }

    private static void requirePassword(Path file, Secret password) {
        if (password == null) {
            throw bad(file, "is encrypted: set sslpassword", null);
        }
    }

    private static InvalidOptionException bad(Path file, String what, Throwable cause) {
        return new InvalidOptionException(OPTION, OPTION + " file " + file + " " + what, cause);
    }
}
