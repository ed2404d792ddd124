package io.sqlwire.core.transport;

import static io.sqlwire.core.transport.TestFiles.PASSWORD;
import static io.sqlwire.core.transport.TestFiles.tls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.InvalidOptionException;
import io.sqlwire.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrivateKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"rsa-pkcs1.pem", "rsa-pkcs8.pk8"})
    void unencryptedRsaFormsGiveTheSameKey(String file) {
        PrivateKey reference = PrivateKeys.load(tls("rsa-pkcs8.pem"), null);
        PrivateKey key = PrivateKeys.load(tls(file), null);
        assertThat(key.getAlgorithm()).isEqualTo("RSA");
        assertThat(key.getEncoded()).isEqualTo(reference.getEncoded());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rsa-pkcs8-encrypted.pem", "rsa-pkcs8-encrypted.pk8", "rsa-pkcs1-legacy-encrypted.pem"})
    void encryptedRsaFormsDecryptWithThePassword(String file) {
        PrivateKey reference = PrivateKeys.load(tls("rsa-pkcs8.pem"), null);
        assertThat(PrivateKeys.load(tls(file), Secret.of(PASSWORD)).getEncoded()).isEqualTo(reference.getEncoded());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ec-sec1.pem", "ec-sec1-legacy-encrypted.pem"})
    void sec1EcKeysLoad(String file) {
        PrivateKey reference = PrivateKeys.load(tls("ec-pkcs8.pem"), null);
        PrivateKey key = PrivateKeys.load(tls(file), Secret.of(PASSWORD));
        assertThat(key.getAlgorithm()).isEqualTo("EC");
        assertThat(((java.security.interfaces.ECPrivateKey) key).getS())
                .isEqualTo(((java.security.interfaces.ECPrivateKey) reference).getS());
    }

    @Test
    void ed25519Pkcs8Loads() {
        assertThat(PrivateKeys.load(tls("ed25519-pkcs8.pem"), null).getAlgorithm()).isIn("EdDSA", "Ed25519");
    }

    @Test
    void wrongPasswordNamesTheFileButNeverThePassword() {
        assertThatThrownBy(() -> PrivateKeys.load(tls("rsa-pkcs8-encrypted.pem"), Secret.of("hunter2")))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("rsa-pkcs8-encrypted.pem")
                .hasMessageContaining("wrong sslpassword")
                .hasMessageNotContaining("hunter2")
                .extracting(e -> ((InvalidOptionException) e).option()).isEqualTo("sslkey");
        assertThatThrownBy(() -> PrivateKeys.load(tls("rsa-pkcs1-legacy-encrypted.pem"), Secret.of("hunter2")))
                .hasMessageContaining("wrong sslpassword").hasMessageNotContaining("hunter2");
    }

    @Test
    void encryptedKeyWithoutPasswordSaysSo() {
        assertThatThrownBy(() -> PrivateKeys.load(tls("rsa-pkcs8-encrypted.pem"), null))
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("is encrypted: set sslpassword");
    }

    @Test
    void missingFileAndFileWithoutKeyAreReported(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> PrivateKeys.load(dir.resolve("nope.key"), null))
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("nope.key cannot be read");
        Path certOnly = tls("ca.crt");
        assertThatThrownBy(() -> PrivateKeys.load(certOnly, null))
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("holds no private key");
        Path garbage = Files.write(dir.resolve("garbage.pk8"), new byte[] {0x30, (byte) 0x82, 0x7F});
        assertThatThrownBy(() -> PrivateKeys.load(garbage, null))
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("is malformed");
        Path badPem = Files.writeString(dir.resolve("bad.pem"), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        assertThatThrownBy(() -> PrivateKeys.load(badPem, null)).isInstanceOf(InvalidOptionException.class);
    }
}
