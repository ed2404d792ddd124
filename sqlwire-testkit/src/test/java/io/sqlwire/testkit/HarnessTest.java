package io.sqlwire.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarnessTest {

    @TempDir
    Path dir;

    private Harness write(String... lines) throws IOException {
        Path env = dir.resolve("harness.env");
        Files.write(env, java.util.List.of(lines));
        return Harness.load(env);
    }

    @Test
    void readsKeysPortsAndPaths() throws IOException {
        Harness h = write("# comment", "", "HARNESS_DIR=/tmp/h", "HARNESS_PG_PRIMARY_PORT=55432",
                "HARNESS_PG_STANDBY_PORT=55433", "HARNESS_MY_PRIMARY_PORT=53306", "HARNESS_MY_REPLICA_PORT=53307",
                "HARNESS_MY8_PORT=53308", "HARNESS_SSL_CA=\"/tmp/h/ssl/ca.crt\"", "HARNESS_PG_SOCKET_DIR='/tmp/h/pg'");
        assertThat(h.dir()).isEqualTo(Path.of("/tmp/h"));
        assertThat(h.pgPrimaryPort()).isEqualTo(55432);
        assertThat(h.mysql8Port()).isEqualTo(53308);
        assertThat(h.caCert()).isEqualTo(Path.of("/tmp/h/ssl/ca.crt"));
        assertThat(h.pgSocketDir()).isEqualTo(Path.of("/tmp/h/pg"));
        assertThat(h.value("HARNESS_MY_REPLICA_PORT")).isEqualTo("53307");
        assertThat(h.serverPorts()).containsExactly(
                java.util.Map.entry("pg-primary", 55432), java.util.Map.entry("pg-standby", 55433),
                java.util.Map.entry("my-primary", 53306), java.util.Map.entry("my-replica", 53307),
                java.util.Map.entry("my8", 53308));
    }

    @Test
    void serverPortsLeaveOutMysql8WhenTheFileHasNone() throws IOException {
        Harness h = write("HARNESS_PG_PRIMARY_PORT=1", "HARNESS_PG_STANDBY_PORT=2", "HARNESS_MY_PRIMARY_PORT=3",
                "HARNESS_MY_REPLICA_PORT=4");
        assertThat(h.serverPorts()).containsOnlyKeys("pg-primary", "pg-standby", "my-primary", "my-replica");
    }

    @Test
    void buildsEncodedUris() throws IOException {
        Harness h = write("HARNESS_PG_PRIMARY_PORT=55432", "HARNESS_MY_PRIMARY_PORT=53306", "HARNESS_MY8_PORT=53308");
        assertThat(h.pgUri("test", "test", "test", "sslmode=verify-full"))
                .isEqualTo("postgresql://test:test@localhost:55432/test?sslmode=verify-full");
        assertThat(h.pgUri(6000, "a b", "p@ss:w/rd", null, "?x=1"))
                .isEqualTo("postgresql://a%20b:p%40ss%3Aw%2Frd@localhost:6000?x=1");
        assertThat(h.myUri("test", null, "test", null)).isEqualTo("mysql://test@localhost:53306/test");
        assertThat(h.mysql8Uri("sha2_user", "sha2_pw", "test", "")).isEqualTo("mysql://sha2_user:sha2_pw@localhost:53308/test");
        assertThat(h.myUri(7000, null, null, null, null)).isEqualTo("mysql://localhost:7000");
    }

    @Test
    void missingFileSaysHowToStartTheHarness() {
        Path missing = dir.resolve("nope.env");
        assertThatThrownBy(() -> Harness.load(missing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("harness not running: run scripts/harness/up.sh")
                .hasMessageContaining(missing.toString());
    }

    @Test
    void missingOrBadKeysAreNamed() throws IOException {
        Harness h = write("HARNESS_PG_PRIMARY_PORT=abc");
        assertThatThrownBy(h::mysql8Port).hasMessageContaining("has no HARNESS_MY8_PORT");
        assertThatThrownBy(h::pgPrimaryPort).hasMessageContaining("HARNESS_PG_PRIMARY_PORT=abc is not a port number");
        assertThat(h.find("HARNESS_MY8_PORT")).isEmpty();
    }

    @Test
    void serverControlRejectsUnknownNamesBeforeRunningAnything() throws IOException {
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(scripts.resolve("fault.sh"), "exit 1\n");
        Harness h = write("HARNESS_DIR=" + dir, "HARNESS_SCRIPTS=" + scripts);
        ServerControl control = new ServerControl(h);
        assertThat(ServerControl.faultScript(h)).isEqualTo(scripts.resolve("fault.sh"));
        assertThatThrownBy(() -> control.kill("pg-master"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown server \"pg-master\"");
    }
}
