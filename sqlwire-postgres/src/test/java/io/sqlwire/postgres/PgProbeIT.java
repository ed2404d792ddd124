package io.sqlwire.postgres;

import io.sqlwire.testkit.Harness;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.ConnectOptions;
import io.sqlwire.HostSpec;
import io.sqlwire.OperationalException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link PgDriver#probe} against the harness servers. */
@Timeout(60)
class PgProbeIT {
    static final int PRIMARY = Harness.current().pgPrimaryPort();
    static final int STANDBY = Harness.current().pgStandbyPort();

    static ConnectOptions hosts(Map<String, String> opts, HostSpec... hosts) {
        return new ConnectOptions("postgresql", List.of(hosts), "test", null, "test", opts, Map.of());
    }

    static String probe(HostSpec... hosts) {
        return new PgDriver().probe(hosts(Map.of("connect_timeout", "5"), hosts));
    }

    @Test
    void tcpPrimaryAndStandby() {
        assertThat(probe(new HostSpec("127.0.0.1", PRIMARY)))
                .isEqualTo("postgresql 127.0.0.1:" + PRIMARY + " accepting connections (SSL available)");
        assertThat(probe(new HostSpec("::1", STANDBY)))
                .isEqualTo("postgresql [::1]:" + STANDBY + " accepting connections (SSL available)");
    }

    @Test
    void unixSocketDirectory() {
        String dir = Harness.current().value("HARNESS_PG_SOCKET_DIR");
        assertThat(probe(new HostSpec(dir, PRIMARY)))
                .isEqualTo("postgresql " + dir + "/.s.PGSQL." + PRIMARY + " accepting connections (SSL not available)");
    }

    @Test
    void skipsDeadHostsInOrder() throws IOException {
        int dead = freePort();
        assertThat(probe(new HostSpec("127.0.0.1", dead), new HostSpec("127.0.0.2", PRIMARY)))
                .isEqualTo("postgresql 127.0.0.2:" + PRIMARY + " accepting connections (SSL available)");
    }

    @Test
    void hostaddrIsWhereItConnects() {
        String r = new PgDriver().probe(hosts(Map.of("hostaddr", "127.0.0.2"), new HostSpec("localhost", PRIMARY)));
        assertThat(r).isEqualTo("postgresql localhost:" + PRIMARY + " [127.0.0.2] accepting connections (SSL available)");
    }

    @Test
    void totalFailureListsEveryHost() throws IOException {
        int dead1 = freePort();
        int dead2 = freePort();
        int mysql = Harness.current().myPrimaryPort();
        String socketDir = Harness.current().value("HARNESS_PG_SOCKET_DIR");
        assertThatThrownBy(() -> probe(new HostSpec("127.0.0.1", dead1), new HostSpec("127.0.0.1", mysql),
                new HostSpec(socketDir, dead2)))
                .isInstanceOf(OperationalException.class)
                .hasMessage("could not connect to any host: 127.0.0.1:" + dead1 + " (refused); 127.0.0.1:" + mysql
                        + " (is not a PostgreSQL server (answered SSLRequest with byte 0x68)); " + socketDir + "/.s.PGSQL."
                        + dead2 + " (failed: no such socket file (is the server running and is this its socket?))");
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }
}
