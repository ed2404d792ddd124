package io.sqlwire.mysql.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.OperationalException;
import io.sqlwire.Secret;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Scrambles against vectors computed independently with python3's hashlib, e.g.
 * {@code s1=sha1(b"native_pw"); xor(s1, sha1(seed + sha1(s1)))} with seed = bytes 1..20.
 */
class AuthPluginsTest {
    static final byte[] SEED = seed20();
    static final HexFormat HEX = HexFormat.of();

    static byte[] seed20() {
        byte[] s = new byte[20];
        for (int i = 0; i < 20; i++) {
            s[i] = (byte) (i + 1);
        }
        return s;
    }

    static String first(String plugin, String password, byte[] seed) {
        return HEX.formatHex(AuthPlugins.byName(plugin).firstResponse(AuthContext.of(Secret.of(password), seed)));
    }

    @Test
    void nativePassword() {
        assertThat(first("mysql_native_password", "native_pw", SEED)).isEqualTo("bef20c639666065e570c427d5def3137113b3a19");
        assertThat(first("mysql_native_password", "pässwörd", SEED)).isEqualTo("9891a8536587af22d12e126cf5f7a8ea86d63b0e");
        assertThat(first("mysql_native_password", "", SEED)).isEmpty();
        assertThat(first("mysql_native_password", null, SEED)).isEmpty();
    }

    @Test
    void nativePasswordMatchesTheServersStoredHash() {
        // mysql.global_priv on the harness MariaDB stores *UPPER(HEX(SHA1(SHA1('native_pw')))).
        byte[] stage2 = Digests.sha1(Digests.sha1("native_pw".getBytes(StandardCharsets.UTF_8)));
        assertThat("*" + HEX.withUpperCase().formatHex(stage2)).isEqualTo("*384536BDA8C08DFD77267DA342BE10A06594CBCE");
    }

    @Test
    void authSwitchSeedWithTrailingNulGivesTheSameScramble() {
        byte[] withNul = java.util.Arrays.copyOf(SEED, 21);
        assertThat(first("mysql_native_password", "native_pw", withNul)).isEqualTo(first("mysql_native_password",
                "native_pw", SEED));
        assertThat(first("caching_sha2_password", "sha2_pw", withNul)).isEqualTo(first("caching_sha2_password",
                "sha2_pw", SEED));
    }

    @Test
    void cachingSha2FastPath() {
        assertThat(first("caching_sha2_password", "sha2_pw", SEED))
                .isEqualTo("912d70bc555d3d52f386172a067e10d86bc418a94d21c6377d98bdee1a747390");
        assertThat(first("caching_sha2_password", "", SEED)).isEmpty();
        AuthPlugin p = AuthPlugins.byName("caching_sha2_password");
        assertThat(p.next(new byte[] {3}, AuthContext.of(Secret.of("x"), SEED))).isEqualTo(AuthStep.awaitServer());
    }

    @Test
    void cachingSha2FullAuthOverTlsSendsTheCleartextPassword() {
        AuthContext ctx = AuthContext.of(Secret.of("sha2_pw"), SEED).withTransport(true, false);
        AuthStep step = AuthPlugins.byName("caching_sha2_password").next(new byte[] {4}, ctx);
        assertThat(step).isEqualTo(AuthStep.send("sha2_pw\0".getBytes(StandardCharsets.UTF_8)));
        assertThat(step.toString()).isEqualTo("Send[8 bytes]");
        AuthContext socket = AuthContext.of(Secret.of("sha2_pw"), SEED).withTransport(false, true);
        assertThat(AuthPlugins.byName("caching_sha2_password").next(new byte[] {4}, socket)).isEqualTo(step);
    }

    @Test
    void cachingSha2FullAuthAsksForTheKeyOnlyWhenAllowed() {
        AuthContext ctx = AuthContext.of(Secret.of("sha2_pw"), SEED).withOptions(null, true, false);
        assertThat(AuthPlugins.byName("caching_sha2_password").next(new byte[] {4}, ctx))
                .isEqualTo(AuthStep.send(new byte[] {2}));
        AuthContext refused = AuthContext.of(Secret.of("sha2_pw"), SEED);
        assertThatThrownBy(() -> AuthPlugins.byName("caching_sha2_password").next(new byte[] {4}, refused))
                .isInstanceOf(OperationalException.class)
                .hasMessageContaining("ssl_mode=require")
                .hasMessageContaining("server_public_key=")
                .hasMessageContaining("allow_public_key_retrieval=true")
                .hasMessageNotContaining("sha2_pw");
    }

    @Test
    void sha256PasswordFirstResponse() {
        AuthPlugin p = AuthPlugins.byName("sha256_password");
        assertThat(p.firstResponse(AuthContext.of(Secret.of(""), SEED))).containsExactly(0);
        assertThat(p.firstResponse(AuthContext.of(Secret.of("pw"), SEED).withTransport(true, false)))
                .containsExactly('p', 'w', 0);
        assertThat(p.firstResponse(AuthContext.of(Secret.of("pw"), SEED).withOptions(null, true, false)))
                .containsExactly(1);
        assertThatThrownBy(() -> p.firstResponse(AuthContext.of(Secret.of("pw"), SEED).withTransport(false, true)))
                .isInstanceOf(OperationalException.class).hasMessageStartingWith("sha256_password needs");
    }

    @Test
    void clearPasswordOnlyOverTlsUnlessAllowed() {
        AuthPlugin p = AuthPlugins.byName("mysql_clear_password");
        assertThat(p.firstResponse(AuthContext.of(Secret.of("pw"), SEED).withTransport(true, false)))
                .containsExactly('p', 'w', 0);
        assertThat(p.firstResponse(AuthContext.of(Secret.of("pw"), SEED).withOptions(null, false, true)))
                .containsExactly('p', 'w', 0);
        assertThatThrownBy(() -> p.firstResponse(AuthContext.of(Secret.of("pw"), SEED)))
                .isInstanceOf(OperationalException.class).hasMessageContaining("allow_cleartext_password=true");
    }

    @Test
    void unknownPluginIsNamed() {
        assertThatThrownBy(() -> AuthPlugins.byName("auth_gssapi_client"))
                .isInstanceOf(OperationalException.class)
                .hasMessageContaining("'auth_gssapi_client'")
                .hasMessageContaining("mysql_native_password, caching_sha2_password");
        assertThat(AuthPlugins.find(null)).isEmpty();
    }

    @Test
    void contextNeverShowsThePassword() {
        AuthContext ctx = AuthContext.of(Secret.of("hunter2"), SEED);
        assertThat(ctx.toString()).doesNotContain("hunter2").contains("20 bytes");
    }

    @Test
    void contextFromConnectionOptions() {
        io.sqlwire.ConnectOptions opts = io.sqlwire.ConnectOptions.parse("mysql://u:s3cret@db/app"
                + "?server_public_key=/etc/mysql/key.pem&allow_public_key_retrieval=true&allow_cleartext_password=1");
        AuthContext ctx = AuthContext.fromOptions(opts, SEED, true, false);
        assertThat(ctx.password()).isEqualTo(Secret.of("s3cret"));
        assertThat(ctx.serverPublicKeyFile()).isEqualTo(java.nio.file.Path.of("/etc/mysql/key.pem"));
        assertThat(ctx.allowPublicKeyRetrieval()).isTrue();
        assertThat(ctx.allowCleartextPassword()).isTrue();
        assertThat(ctx.tls()).isTrue();
        AuthContext plain = AuthContext.fromOptions(io.sqlwire.ConnectOptions.parse("mysql://u@db/app"), SEED, false,
                false);
        assertThat(plain.serverPublicKeyFile()).isNull();
        assertThat(plain.allowPublicKeyRetrieval()).isFalse();
        assertThat(plain.allowCleartextPassword()).isFalse();
    }
}
