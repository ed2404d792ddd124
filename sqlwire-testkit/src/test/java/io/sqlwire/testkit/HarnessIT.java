package io.sqlwire.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The env file of the running harness describes servers that are really there. */
@RequiresHarness
class HarnessIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Test
    void envFileNamesFilesThatExist(Harness h) {
        assertThat(h.envFile()).isRegularFile();
        assertThat(h.dir()).isDirectory();
        for (Path p : List.of(h.caCert(), h.otherCaCert(), h.clientCert(), h.clientKey(), h.clientKeyPk8(),
                h.clientP12())) {
            assertThat(p).isRegularFile().isReadable();
        }
        assertThat(h.pgSocketDir().resolve(".s.PGSQL." + h.pgPrimaryPort())).exists();
        assertThat(h.pgSocketDir().resolve(".s.PGSQL." + h.pgStandbyPort())).exists();
        assertThat(h.myPrimarySocket()).exists();
        assertThat(h.myReplicaSocket()).exists();
    }

    @Test
    void everyServerAcceptsTcpOnEveryLoopbackAddress(Harness h) throws IOException {
        assertThat(h.serverPorts()).hasSizeGreaterThanOrEqualTo(4);
        for (Map.Entry<String, Integer> server : h.serverPorts().entrySet()) {
            for (String host : List.of("127.0.0.1", "127.0.0.2", "::1")) {
                try (Socket s = Probes.open(host, server.getValue(), TIMEOUT)) {
                    assertThat(s.isConnected()).as(server.getKey() + " on " + host).isTrue();
                }
            }
        }
    }

    @Test
    void postgresPortsAnswerSslRequestWithS(Harness h) throws IOException {
        for (int port : List.of(h.pgPrimaryPort(), h.pgStandbyPort())) {
            try (Socket s = Probes.open("127.0.0.1", port, TIMEOUT)) {
                assertThat(Probes.sslRequest(s)).as("port " + port).isEqualTo('S');
            }
        }
    }

    @Test
    void mariadbPortsGreetAsMariadb(Harness h) throws IOException {
        for (int port : List.of(h.myPrimaryPort(), h.myReplicaPort())) {
            try (Socket s = Probes.open("127.0.0.1", port, TIMEOUT)) {
                String version = Probes.mysqlGreeting(s);
                assertThat(version).contains("MariaDB");
                h.find("HARNESS_MY_VERSION").ifPresent(v -> assertThat(version).contains(v));
            }
        }
    }

    @Test
    void mysql8GreetsWithTheRecordedVersion(Harness h) throws IOException {
        // an env file from an older harness script (no MySQL 8) skips this test instead of failing it
        Assumptions.assumeTrue(h.find("HARNESS_MY8_PORT").isPresent(), () -> h.envFile() + " has no MySQL 8");
        assertThat(h.mysql8Socket()).exists();
        try (Socket s = Probes.open("127.0.0.1", h.mysql8Port(), TIMEOUT)) {
            assertThat(Probes.mysqlGreeting(s)).startsWith(h.value("HARNESS_MY8_VERSION"));
        }
    }

    @Test
    void currentReadsTheFileTheBuildNamed(Harness h) {
        Harness again = Harness.current();
        assertThat(again.envFile()).isEqualTo(h.envFile());
        assertThat(again.values()).isEqualTo(h.values());
        assertThat(Files.exists(Harness.envFileLocation())).isTrue();
    }
}
