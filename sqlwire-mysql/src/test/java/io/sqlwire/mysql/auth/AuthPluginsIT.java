package io.sqlwire.mysql.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.OperationalException;
import io.sqlwire.Secret;
import io.sqlwire.testkit.Harness;
import io.sqlwire.testkit.RequiresHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every auth plugin logs in for real, through the test-only {@link TestLogin} connection phase.
 * Users: native_user and ed_user on MariaDB; sha2_user, sha256_user and native_user on MySQL 8.
 * The caching_sha2 full-auth paths need a user the server has not cached yet, so those tests
 * create a throwaway user (dropped afterwards).
 */
@RequiresHarness
@Timeout(60)
class AuthPluginsIT {
    static final Harness H = Harness.current();

    static AuthContext pw(String password) {
        return AuthContext.of(Secret.of(password), new byte[20]);
    }

    @Test
    void nativePasswordOnMariaDb() throws IOException {
        try (TestLogin l = TestLogin.connect(H.myPrimaryPort(), false).login("native_user", pw("native_pw"), null)) {
            assertThat(l.greeting.authPluginName()).isEqualTo("mysql_native_password");
            assertThat(l.events).containsExactly("ok");
        }
    }

    @Test
    void nativePasswordOnMySql8ViaAuthSwitch() throws IOException {
        try (TestLogin l = TestLogin.connect(H.mysql8Port(), false).login("native_user", pw("native_pw"), null)) {
            assertThat(l.events).containsExactly("switch:mysql_native_password", "ok");
        }
    }

    @Test
    void wrongPasswordFailsWith1045() {
        assertThatThrownBy(() -> TestLogin.connect(H.myPrimaryPort(), false).login("native_user", pw("wrong"), null))
                .isInstanceOfSatisfying(OperationalException.class, e -> {
                    assertThat(e.vendorCode()).isEqualTo(1045);
                    assertThat(e.sqlState()).isEqualTo("28000");
                });
        assertThatThrownBy(() -> TestLogin.connect(H.mysql8Port(), true).login("sha2_user", pw("wrong"), null))
                .isInstanceOfSatisfying(OperationalException.class, e -> assertThat(e.vendorCode()).isEqualTo(1045));
    }

    @Test
    void ed25519OnMariaDbAndTheSignatureVerifies() throws Exception {
        try (TestLogin l = TestLogin.connect(H.myPrimaryPort(), false).login("ed_user", pw("ed_pw"), null)) {
            assertThat(l.events).containsExactly("switch:client_ed25519", "ok");
            // The server accepted it; the JDK agrees with the key MariaDB stores for ed_user.
            Signature v = Signature.getInstance("Ed25519");
            v.initVerify(Ed25519Test.publicKey(Ed25519Plugin.publicKeyFor(Secret.of("ed_pw"))));
            v.update(Arrays.copyOf(l.lastSeed, 32));
            assertThat(v.verify(l.lastResponse)).isTrue();
        }
    }

    @Test
    void ed25519OfferedFirstWaitsForTheNonce() throws IOException {
        try (TestLogin l = TestLogin.connect(H.myPrimaryPort(), false).login("ed_user", pw("ed_pw"), "client_ed25519")) {
            assertThat(l.events).last().isEqualTo("ok");
        }
    }

    @Test
    void ed25519WrongPasswordIsRefused() {
        assertThatThrownBy(() -> TestLogin.connect(H.myPrimaryPort(), false).login("ed_user", pw("nope"), null))
                .isInstanceOfSatisfying(OperationalException.class, e -> assertThat(e.vendorCode()).isEqualTo(1045));
    }

    @Test
    void cachingSha2OverTlsThenFastAuthWithoutTls() throws IOException {
        try (TestLogin l = TestLogin.connect(H.mysql8Port(), true).login("sha2_user", pw("sha2_pw"), null)) {
            assertThat(l.greeting.authPluginName()).isEqualTo("caching_sha2_password");
            assertThat(l.events).last().isEqualTo("ok");
        }
        // The successful login filled the server's cache: now the scramble alone is enough.
        try (TestLogin l = TestLogin.connect(H.mysql8Port(), false).login("sha2_user", pw("sha2_pw"), null)) {
            assertThat(l.events).containsExactly("more:03", "ok");
        }
    }

    @Test
    void cachingSha2FullAuthPaths(@TempDir Path dir) throws IOException {
        // Two fresh users, so neither is in the server's cache and both logins take the full path;
        // FLUSH PRIVILEGES would do it too, but would also empty the cache for everyone else's tests.
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String first = "sqlwire_it_a" + suffix;
        String second = "sqlwire_it_b" + suffix;
        try (TestLogin admin = TestLogin.connect(H.mysql8Port(), true).login("admin", pw("admin"), null)) {
            for (String user : new String[] {first, second}) {
                admin.execute("CREATE USER '" + user + "'@'%' IDENTIFIED WITH caching_sha2_password BY 'fresh_pw'");
            }
            try {
                Path keyFile = refusedThenRetrieval(first, dir);
                AuthContext withKey = pw("fresh_pw").withOptions(keyFile, false, false);
                try (TestLogin l = TestLogin.connect(H.mysql8Port(), false).login(second, withKey, null)) {
                    assertThat(l.events).containsExactly("more:04", "send:256 bytes", "ok");
                }
            } finally {
                admin.execute("DROP USER '" + first + "'@'%', '" + second + "'@'%'");
            }
        }
    }

    /** Without TLS nor options the plugin refuses; with retrieval allowed it logs in. Returns the key, saved. */
    private static Path refusedThenRetrieval(String user, Path dir) throws IOException {
        assertThatThrownBy(() -> TestLogin.connect(H.mysql8Port(), false).login(user, pw("fresh_pw"), null))
                .isInstanceOf(OperationalException.class).hasMessageContaining("allow_public_key_retrieval=true");
        AuthContext retrieval = pw("fresh_pw").withOptions(null, true, false);
        try (TestLogin l = TestLogin.connect(H.mysql8Port(), false).login(user, retrieval, null)) {
            assertThat(l.events).containsExactly("more:04", "send:02", "more:" + l.lastMoreData.length + " bytes",
                    "send:256 bytes", "ok");
            return Files.write(dir.resolve("server.pem"), l.lastMoreData);
        }
    }

    @Test
    void sha256PasswordOverTlsAndWithKeyRetrieval() throws IOException {
        try (TestLogin l = TestLogin.connect(H.mysql8Port(), true).login("sha256_user", pw("sha256_pw"), null)) {
            assertThat(l.events).containsExactly("switch:sha256_password", "ok");
        }
        AuthContext retrieval = pw("sha256_pw").withOptions(null, true, false);
        try (TestLogin l = TestLogin.connect(H.mysql8Port(), false).login("sha256_user", retrieval, null)) {
            assertThat(l.events).containsExactly("switch:sha256_password", "more:" + l.lastMoreData.length + " bytes",
                    "send:256 bytes", "ok");
        }
        try (TestLogin l = TestLogin.connect(H.mysql8Port(), true).login("sha256_user", pw("sha256_pw"),
                "sha256_password")) {
            // MySQL 8 answers a client that starts with sha256_password by switching to it anyway, with a fresh seed.
            assertThat(l.events).containsExactly("switch:sha256_password", "ok");
        }
    }
}
