package io.sqlwire.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * fault.sh through ServerControl against the harness servers. Runs only with fault injection on
 * (scripts/test.sh); every test leaves the initial topology behind through restore().
 */
@RequiresHarness
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ServerControlIT {

    private static final Duration SHORT = Duration.ofMillis(700);
    private static final Duration LONG = Duration.ofSeconds(20);

    @AfterEach
    void restore(Harness h) {
        if (ServerControl.faultsEnabled()) {
            new ServerControl(h).restore();
        }
    }

    @Test
    void frozenServerAcceptsButNeverAnswersUntilThawed(Harness h, ServerControl control) throws IOException {
        control.freeze(ServerControl.MYSQL8);
        try (Socket s = Probes.open("127.0.0.1", h.mysql8Port(), SHORT)) {
            assertThatThrownBy(() -> Probes.mysqlGreeting(s)).isInstanceOf(SocketTimeoutException.class);
            control.thaw(ServerControl.MYSQL8);
            s.setSoTimeout((int) LONG.toMillis());
            assertThat(Probes.mysqlGreeting(s)).startsWith(h.value("HARNESS_MY8_VERSION"));
        }
    }

    @Test
    void killedServerRefusesUntilStarted(Harness h, ServerControl control) throws IOException {
        control.kill(ServerControl.MYSQL8);
        assertThatThrownBy(() -> Probes.open("127.0.0.1", h.mysql8Port(), SHORT).close())
                .isInstanceOf(ConnectException.class);
        assertThat(control.status()).contains("my8: down");
        control.start(ServerControl.MYSQL8);
        try (Socket s = Probes.open("127.0.0.1", h.mysql8Port(), LONG)) {
            assertThat(Probes.mysqlGreeting(s)).startsWith(h.value("HARNESS_MY8_VERSION"));
        }
    }

    @Test
    void blockedPortRefusesOrSwallowsConnections(Harness h, ServerControl control) throws IOException {
        int port = h.myReplicaPort();
        control.block(port, ServerControl.BlockMode.RESET);
        assertThatThrownBy(() -> Probes.open("127.0.0.1", port, SHORT).close()).isInstanceOf(ConnectException.class);
        control.block(port, ServerControl.BlockMode.DROP);
        assertThatThrownBy(() -> {
            try (Socket s = new Socket()) {
                s.connect(new java.net.InetSocketAddress("127.0.0.1", port), (int) SHORT.toMillis());
            }
        }).isInstanceOf(SocketTimeoutException.class);
        control.unblock(port);
        try (Socket s = Probes.open("127.0.0.1", port, LONG)) {
            assertThat(Probes.mysqlGreeting(s)).contains("MariaDB");
        }
    }

    @Test
    void cutAbortsLiveConnections(Harness h, ServerControl control) throws IOException {
        try (Socket s = Probes.open("127.0.0.1", h.myPrimaryPort(), LONG)) {
            assertThat(Probes.mysqlGreeting(s)).contains("MariaDB");
            control.cut(h.myPrimaryPort());
            assertThat(Probes.closedByPeer(s.getInputStream())).isTrue();
        }
    }

    @Test
    void postgresFailoverIsUndoneByRestore(Harness h, ServerControl control) throws IOException {
        control.kill(ServerControl.PG_PRIMARY);
        assertThatThrownBy(() -> Probes.open("127.0.0.1", h.pgPrimaryPort(), SHORT).close())
                .isInstanceOf(ConnectException.class);
        control.promote(ServerControl.PG_STANDBY);
        control.restore();
        assertThat(control.status()).contains("pg-primary: up").contains("pg-standby: up");
        for (int port : new int[] {h.pgPrimaryPort(), h.pgStandbyPort()}) {
            try (Socket s = Probes.open("127.0.0.1", port, LONG)) {
                assertThat(Probes.sslRequest(s)).isEqualTo('S');
            }
        }
    }

    @Test
    void mariadbFailoverIsUndoneByRestore(Harness h, ServerControl control) throws IOException {
        control.kill(ServerControl.MY_PRIMARY);
        control.promote(ServerControl.MY_REPLICA);
        control.start(ServerControl.MY_PRIMARY);
        control.myRejoin(ServerControl.MY_PRIMARY, h.myReplicaPort());
        control.restore();
        for (int port : new int[] {h.myPrimaryPort(), h.myReplicaPort()}) {
            try (Socket s = Probes.open("127.0.0.1", port, LONG)) {
                assertThat(Probes.mysqlGreeting(s)).contains("MariaDB");
            }
        }
    }

    @Test
    void unknownServerNamesAreRejected(ServerControl control) {
        assertThatThrownBy(() -> control.freeze("pg-master")).isInstanceOf(IllegalArgumentException.class);
    }
}
