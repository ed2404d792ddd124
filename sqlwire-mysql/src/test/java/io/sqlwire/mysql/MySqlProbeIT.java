package io.sqlwire.mysql;

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

/** {@link MySqlDriver#probe} against the harness MariaDB servers. */
@Timeout(60)
class MySqlProbeIT {
    static final int PRIMARY = Harness.current().myPrimaryPort();
    static final int REPLICA = Harness.current().myReplicaPort();
    static final String MARIADB = "\\(MariaDB 10\\.\\d+\\.\\d+-MariaDB.*\\)";

    static String probe(Map<String, String> opts, HostSpec... hosts) {
        return new MySqlDriver().probe(new ConnectOptions("mysql", List.of(hosts), "test", null, "test", opts, Map.of()));
    }

    @Test
    void tcpPrimaryAndReplica() {
        assertThat(probe(Map.of(), new HostSpec("127.0.0.1", PRIMARY)))
                .matches("mysql 127\\.0\\.0\\.1:" + PRIMARY + " accepting connections " + MARIADB);
        assertThat(probe(Map.of(), new HostSpec("::1", REPLICA)))
                .matches("mysql \\[::1\\]:" + REPLICA + " accepting connections " + MARIADB);
    }

    @Test
    void unixSocketFile() {
        String sock = Harness.current().value("HARNESS_MY_PRIMARY_SOCKET");
        assertThat(probe(Map.of(), new HostSpec(sock, 3306)))
                .matches("mysql " + sock.replace(".", "\\.") + " accepting connections " + MARIADB);
    }

    @Test
    void totalFailureListsEveryHost() throws IOException {
        int dead = freePort();
        int pg = Harness.current().pgPrimaryPort();
        // PostgreSQL waits for the client to speak first, so no greeting comes: the timeout ends the wait
        assertThatThrownBy(() -> probe(Map.of("connect_timeout", "1"), new HostSpec("127.0.0.1", dead),
                new HostSpec("127.0.0.1", pg), new HostSpec("/nonexistent/mysqld.sock", 3306)))
                .isInstanceOf(OperationalException.class)
                .hasMessage("could not connect to any host: 127.0.0.1:" + dead + " (refused); 127.0.0.1:" + pg
                        + " (timed out after 1 s waiting for the server greeting); /nonexistent/mysqld.sock"
                        + " (failed: no such socket file (is the server running and is this its socket?))");
    }

    @Test
    void skipsADeadHost() throws IOException {
        int dead = freePort();
        assertThat(probe(Map.of("connect_timeout", "2"), new HostSpec("127.0.0.1", dead),
                new HostSpec("localhost", PRIMARY)))
                .matches("mysql localhost:" + PRIMARY + " (\\[.*\\] )?accepting connections " + MARIADB);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }
}
