package io.sqlwire.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.ConnectOptions;
import io.sqlwire.Connection;
import io.sqlwire.InvalidOptionException;
import io.sqlwire.testkit.Harness;
import io.sqlwire.testkit.RequiresHarness;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * TCP keepalive options and load balancing through the driver. The transport does not expose its
 * socket, so the keepalive settings are read back from the OS: {@code ss -o} shows the socket's
 * keepalive timer, found by the client port the server reports in pg_stat_activity.
 */
@RequiresHarness
@Timeout(120)
class PgSocketOptionsIT {
    static final Harness H = Harness.current();
    private static final Pattern KEEPALIVE = Pattern.compile("timer:\\(keepalive,([^,]+),");

    static Connection connect(String extra) {
        return new PgDriver().connect(ConnectOptions.parse(H.pgUri("test", "test", "test",
                "sslmode=disable&autocommit=true" + extra)));
    }

    @Test
    void keepaliveOptionsConnectQueryAndSetTheSocketTimer() throws Exception {
        try (Connection c = connect("&keepalives=1&keepalives_idle=30&keepalives_interval=5&keepalives_count=3")) {
            assertThat(c.queryOne("select ?::int + 1", 1).get(0)).isEqualTo(2);
            String timer = keepaliveTimer(c);
            // the first probe is due within keepalives_idle: seconds (or ms), never the OS default's minutes/hours
            assertThat(timer).as("ss keepalive timer").matches("[0-9.]+(ms|sec)");
            assertThat(Double.parseDouble(timer.replaceAll("[a-z]", ""))).isLessThanOrEqualTo(30_000);
        }
        java.nio.file.Path osIdle = java.nio.file.Path.of("/proc/sys/net/ipv4/tcp_keepalive_time");
        if (java.nio.file.Files.isReadable(osIdle)
                && Integer.parseInt(java.nio.file.Files.readString(osIdle).strip()) >= 120) {
            try (Connection c = connect("")) {
                assertThat(keepaliveTimer(c)).as("the OS default idle time").contains("min");
            }
        }
        try (Connection c = connect("&keepalives=0")) {
            assertThat(c.queryOne("select 1").get(0)).isEqualTo(1);
            assertThat(keepaliveTimer(c)).as("no keepalive timer").isNull();
        }
    }

    @Test
    void invalidKeepaliveValuesAreRefusedNamingTheOption() {
        assertThatThrownBy(() -> connect("&keepalives_idle=soon").close())
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("keepalives_idle");
        assertThatThrownBy(() -> connect("&keepalives_count=-1").close())
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("keepalives_count");
        assertThatThrownBy(() -> connect("&keepalives=perhaps").close())
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("keepalives");
    }

    @Test
    void loadBalanceRandomSpreadsConnectionsOverPrimaryAndStandby() {
        String hosts = "postgresql://test:test@127.0.0.1:" + H.pgPrimaryPort() + ",127.0.0.1:" + H.pgStandbyPort()
                + "/test?sslmode=disable&autocommit=true&target_session_attrs=any&load_balance_hosts=";
        assertThat(recoveryStates(hosts + "random", 20)).containsExactlyInAnyOrder(true, false);
        assertThat(recoveryStates(hosts + "disable", 5)).containsExactly(false);
    }

    /** The set of pg_is_in_recovery() answers over {@code n} connects: which servers were reached. */
    static Set<Boolean> recoveryStates(String uri, int n) {
        Set<Boolean> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            try (Connection c = new PgDriver().connect(ConnectOptions.parse(uri))) {
                seen.add((Boolean) c.queryOne("select pg_is_in_recovery()").get(0));
            }
        }
        return seen;
    }

    /** The keepalive timer ss shows for this connection's socket, {@code null} when it has none. */
    static String keepaliveTimer(Connection c) throws IOException, InterruptedException {
        int port = ((Number) c.queryOne("select client_port from pg_stat_activity where pid = pg_backend_pid()")
                .get(0)).intValue();
        List<String> cmd = List.of("ss", "-tnoH", "state", "established", "( sport = :" + port + " )");
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("ss (iproute2) is not available: " + e.getMessage());
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(out).as("ss output for client port %d", port).contains(":" + port);
        Matcher m = KEEPALIVE.matcher(out);
        return m.find() ? m.group(1) : null;
    }
}
