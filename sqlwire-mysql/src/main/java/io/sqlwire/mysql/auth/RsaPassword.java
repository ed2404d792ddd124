package io.sqlwire.mysql.auth;

import io.sqlwire.OperationalException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import javax.crypto.Cipher;

/**
 * The RSA path of {@code caching_sha2_password} and {@code sha256_password} without TLS: the
 * client XORs {@code password + NUL} with the 20-byte seed (repeated) and encrypts it with the
 * server's public key, RSA/ECB/OAEPWithSHA-1AndMGF1Padding (the servers' padding since MySQL 8.0.5).
 */
final class RsaPassword {
    private static final String PEM_BEGIN = "-----BEGIN PUBLIC KEY-----";
    private static final String PEM_END = "-----END PUBLIC KEY-----";

    private RsaPassword() {
    }

    /** Whether the server data is a PEM public key (what the server sends after a key request). */
    static boolean isPem(byte[] serverData) {
        return new String(serverData, StandardCharsets.US_ASCII).contains(PEM_BEGIN);
    }

    /** The encrypted password for the PEM key {@code pem}. */
    static byte[] encrypt(AuthContext ctx, String pem, String plugin) {
        byte[] plain = Digests.nulTerminated(ctx.password());
        byte[] seed = ctx.seed(20);
        for (int i = 0; i < plain.length; i++) {
            plain[i] ^= seed[i % seed.length];
        }
        try {
            Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPWithSHA-1AndMGF1Padding");
            cipher.init(Cipher.ENCRYPT_MODE, parsePem(pem, plugin));
            return cipher.doFinal(plain);
        } catch (GeneralSecurityException e) {
            throw new OperationalException(plugin + ": cannot encrypt the password with the server's RSA key: "
                    + e.getMessage(), e);
        }
    }

    /** The key from the {@code server_public_key} file. */
    static String readKeyFile(AuthContext ctx, String plugin) {
        try {
            return Files.readString(ctx.serverPublicKeyFile(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new OperationalException(plugin + ": cannot read server_public_key file "
                    + ctx.serverPublicKeyFile() + ": " + e.getMessage(), e);
        }
    }

    /** The refusal when the password cannot be protected: no TLS, no key file, no retrieval allowed. */
    static OperationalException noSecureWay(String plugin) {
        return new OperationalException(plugin + " needs to send the password, which sqlwire does only over TLS "
                + "or encrypted with the server's RSA public key; set ssl_mode=require (or verify-ca/verify-full), "
                + "or server_public_key=<PEM file with the server's public key>, or allow_public_key_retrieval=true "
                + "(the key then comes over the unprotected connection)");
    }

    static PublicKey parsePem(String pem, String plugin) {
        int begin = pem.indexOf(PEM_BEGIN);
        int end = pem.indexOf(PEM_END);
        if (begin < 0 || end < begin) {
            throw new OperationalException(plugin + ": the server's public key is not a PEM \"PUBLIC KEY\" block");
        }
        String body = pem.substring(begin + PEM_BEGIN.length(), end).replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(body);
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new OperationalException(plugin + ": the server's public key is not a valid RSA key: "
                    + e.getMessage(), e);
        }
    }
}
