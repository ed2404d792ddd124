package io.sqlwire.mysql.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlwire.Secret;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Ed25519Test {
    static final HexFormat HEX = HexFormat.of();

    static byte[] nonce(int fill) {
        byte[] b = new byte[32];
        for (int i = 0; i < 32; i++) {
            b[i] = (byte) (fill < 0 ? i : fill);
        }
        return b;
    }

    @Test
    void publicKeyMatchesWhatMariaDbStoresForEdUser() {
        // SELECT JSON_VALUE(priv, '$.authentication_string') FROM mysql.global_priv WHERE user = 'ed_user'
        byte[] stored = Base64.getDecoder().decode("Ja9tPNgS2M8rVcnVPVLbVfVStJ9vZg0uPIwwjFYhnfI=");
        assertThat(Ed25519Plugin.publicKeyFor(Secret.of("ed_pw"))).isEqualTo(stored);
    }

    @Test
    void signatureMatchesAnIndependentImplementation() {
        // Vectors from a separate pure-Python implementation of RFC 8032 with h = SHA-512(password).
        AuthContext ctx = AuthContext.of(Secret.of("ed_pw"), nonce(-1));
        assertThat(HEX.formatHex(AuthPlugins.byName("client_ed25519").firstResponse(ctx))).isEqualTo(
                "1fba0922b643c57ac6ff5cc124e5ee1b4bf7c38ddb3378efc29f4663c2543f33"
                + "8f0a8a1280588041a8be213cbfe7c2a61bb5e05f85b0be16524ea623206a3808");
        String longPw = "pässwörd-longer-than-thirty-two-bytes-for-sure";
        AuthStep step = AuthPlugins.byName("client_ed25519").next(nonce(0xFF), AuthContext.of(Secret.of(longPw),
                new byte[20]));
        assertThat(((AuthStep.Send) step).hex()).isEqualTo(
                "c215b8e06a71ab12a0dc962dfced4071d6511a2532c50fcf3157348620902b7a"
                + "a5bf637241483b82ad41824e50e5fbca7cf04b97ab6c13b162efbad07e9d420b");
        assertThat(HEX.formatHex(Ed25519Plugin.publicKeyFor(Secret.of(longPw))))
                .isEqualTo("8b1278ac9f37cc6f1edeb2ed5325ed3c443ae038746290416f1679f7b83d31e8");
    }

    @Test
    void agreesWithTheJdkForA32ByteSeed() throws Exception {
        // The JDK expands a 32-byte seed as SHA-512(seed): fed the same expansion, the signatures agree.
        byte[] seed = Digests.sha256("any seed".getBytes(StandardCharsets.UTF_8));
        byte[] message = nonce(7);
        KeyFactory kf = KeyFactory.getInstance("Ed25519");
        PrivateKey key = kf.generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initSign(key);
        jdk.update(message);
        assertThat(Ed25519.sign(Digests.sha512(seed), message)).isEqualTo(jdk.sign());
    }

    @Test
    void jdkVerifiesTheMariaDbStyleSignature() throws Exception {
        byte[] message = nonce(-1);
        byte[] signature = Ed25519.sign(Digests.sha512("ed_pw".getBytes(StandardCharsets.UTF_8)), message);
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(publicKey(Ed25519Plugin.publicKeyFor(Secret.of("ed_pw"))));
        verifier.update(message);
        assertThat(verifier.verify(signature)).isTrue();
    }

    @Test
    void shortSeedWaitsForTheServersNonce() {
        assertThat(AuthPlugins.byName("client_ed25519").firstResponse(AuthContext.of(Secret.of("x"), new byte[20])))
                .isEmpty();
    }

    static PublicKey publicKey(byte[] encoded) throws Exception {
        byte[] y = Arrays.copyOf(encoded, 32);
        boolean xOdd = (y[31] & 0x80) != 0;
        y[31] &= 0x7F;
        byte[] be = new byte[32];
        for (int i = 0; i < 32; i++) {
            be[i] = y[31 - i];
        }
        EdECPoint point = new EdECPoint(xOdd, new BigInteger(1, be));
        return KeyFactory.getInstance("Ed25519").generatePublic(new EdECPublicKeySpec(NamedParameterSpec.ED25519, point));
    }
}
