package io.sqlwire.postgres.auth;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;

/** Writes the harness client key in other formats, for the client-certificate tests. */
final class TestKeys {

    private TestKeys() {
    }

    /** The RSA key of an unencrypted PKCS#8 DER file as a PKCS#1 PEM ("BEGIN RSA PRIVATE KEY"). */
    static Path pkcs1Pem(Path pk8Der, Path out) throws Exception {
        byte[] der = Files.readAllBytes(pk8Der);
        // PrivateKeyInfo ::= SEQUENCE { INTEGER version, AlgorithmIdentifier, OCTET STRING privateKey }
        int[] pos = {0};
        header(der, pos); // outer SEQUENCE
        skip(der, pos); // version
        skip(der, pos); // algorithm
        int len = header(der, pos); // OCTET STRING: the PKCS#1 RSAPrivateKey
        return pem(Arrays.copyOfRange(der, pos[0], pos[0] + len), "RSA PRIVATE KEY", out);
    }

    /** The key encrypted with PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC) as "BEGIN ENCRYPTED PRIVATE KEY". */
    static Path encryptedPkcs8Pem(Path pk8Der, String password, Path out) throws Exception {
        byte[] salt = new byte[16];
        byte[] iv = new byte[16];
        new SecureRandom().nextBytes(salt);
        new SecureRandom().nextBytes(iv);
        String alg = "PBEWithHmacSHA256AndAES_256";
        var key = SecretKeyFactory.getInstance(alg).generateSecret(new PBEKeySpec(password.toCharArray()));
        Cipher c = Cipher.getInstance(alg);
        c.init(Cipher.ENCRYPT_MODE, key, new PBEParameterSpec(salt, 2048, new IvParameterSpec(iv)));
        byte[] enc = c.doFinal(Files.readAllBytes(pk8Der));
        // EncryptedPrivateKeyInfo ::= SEQUENCE { AlgorithmIdentifier (PBES2 OID + its parameters), OCTET STRING }
        // (built by hand: the JDK's EncryptedPrivateKeyInfo constructor does not accept PBES2 parameters)
        byte[] pbes2Oid = {0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01, 0x05, 0x0D};
        byte[] algId = tlv(0x30, concat(pbes2Oid, c.getParameters().getEncoded()));
        byte[] info = tlv(0x30, concat(algId, tlv(0x04, enc)));
        new EncryptedPrivateKeyInfo(info); // fails here, not in the code under test, if the encoding is wrong
        return pem(info, "ENCRYPTED PRIVATE KEY", out);
    }

    private static byte[] tlv(int tag, byte[] value) {
        int n = value.length;
        byte[] len = n < 0x80 ? new byte[] {(byte) n}
                : n < 0x100 ? new byte[] {(byte) 0x81, (byte) n} : new byte[] {(byte) 0x82, (byte) (n >> 8), (byte) n};
        return concat(concat(new byte[] {(byte) tag}, len), value);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static Path pem(byte[] der, String label, Path out) throws Exception {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        Files.writeString(out, "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n",
                StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-------"));
        return out;
    }

    /** Reads a tag and length; leaves pos at the contents and returns their length. */
    private static int header(byte[] der, int[] pos) {
        pos[0]++;
        int first = der[pos[0]++] & 0xff;
        if (first < 0x80) {
            return first;
        }
        int len = 0;
        for (int i = 0; i < (first & 0x7f); i++) {
            len = (len << 8) | (der[pos[0]++] & 0xff);
        }
        return len;
    }

    private static void skip(byte[] der, int[] pos) {
        int len = header(der, pos);
        pos[0] += len;
    }
}
