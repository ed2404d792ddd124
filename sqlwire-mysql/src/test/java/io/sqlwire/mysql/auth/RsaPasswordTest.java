package io.sqlwire.mysql.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.OperationalException;
import io.sqlwire.Secret;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import javax.crypto.Cipher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RsaPasswordTest {
    static final KeyPair KEYS = keys();

    static KeyPair keys() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static String pem() {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(KEYS.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    /** What the server does: decrypt, XOR with the seed, and expect password + NUL. */
    static String serverSide(byte[] encrypted) throws Exception {
        Cipher c = Cipher.getInstance("RSA/ECB/OAEPWithSHA-1AndMGF1Padding");
        c.init(Cipher.DECRYPT_MODE, KEYS.getPrivate());
        byte[] plain = c.doFinal(encrypted);
        for (int i = 0; i < plain.length; i++) {
            plain[i] ^= AuthPluginsTest.SEED[i % 20];
        }
        assertThat(plain[plain.length - 1]).isZero();
        return new String(plain, 0, plain.length - 1, StandardCharsets.UTF_8);
    }

    @Test
    void cachingSha2EncryptsWithTheRetrievedKey() throws Exception {
        AuthContext ctx = AuthContext.of(Secret.of("sha2_pw"), AuthPluginsTest.SEED).withOptions(null, true, false);
        AuthStep step = AuthPlugins.byName("caching_sha2_password").next(pem().getBytes(StandardCharsets.US_ASCII), ctx);
        assertThat(serverSide(((AuthStep.Send) step).data())).isEqualTo("sha2_pw");
    }

    @Test
    void keyFileIsUsedWithoutAsking(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("server.pem"), pem());
        AuthContext ctx = AuthContext.of(Secret.of("sha256 pässword"), AuthPluginsTest.SEED)
                .withOptions(file, false, false);
        assertThat(serverSide(AuthPlugins.byName("sha256_password").firstResponse(ctx))).isEqualTo("sha256 pässword");
        AuthStep step = AuthPlugins.byName("caching_sha2_password").next(new byte[] {4}, ctx);
        assertThat(serverSide(((AuthStep.Send) step).data())).isEqualTo("sha256 pässword");
    }

    @Test
    void missingKeyFileIsNamed(@TempDir Path dir) {
        AuthContext ctx = AuthContext.of(Secret.of("pw"), AuthPluginsTest.SEED)
                .withOptions(dir.resolve("nope.pem"), false, false);
        assertThatThrownBy(() -> AuthPlugins.byName("sha256_password").firstResponse(ctx))
                .isInstanceOf(OperationalException.class)
                .hasMessageContaining("cannot read server_public_key file").hasMessageContaining("nope.pem");
    }

    @Test
    void garbageKeyIsRefused() {
        AuthContext ctx = AuthContext.of(Secret.of("pw"), AuthPluginsTest.SEED);
        byte[] bad = "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> AuthPlugins.byName("sha256_password").next(bad, ctx))
                .isInstanceOf(OperationalException.class).hasMessageContaining("not a valid RSA key");
    }
}
