package io.sqlwire.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.Connection;
import io.sqlwire.OperationalException;
import io.sqlwire.Sqlwire;
import io.sqlwire.testkit.Harness;
import io.sqlwire.testkit.RequiresHarness;
import io.sqlwire.testkit.ServerControl;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Real server faults, not proxy stand-ins: the standby's processes are SIGKILLed during a query,
 * or SIGSTOPped while a client connects. Runs only with fault injection on (scripts/test.sh
 * turns it on); the standby is used so the primary's other tests are not disturbed, and
 * restore() puts it back after each test. The bounds only catch hangs; nothing asserts timings.
 */
@RequiresHarness
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class PgServerFaultIT {

    private static final Duration HANG = Duration.ofSeconds(20);

    @AfterEach
    void restore(Harness h) {
        if (ServerControl.faultsEnabled()) {
            new ServerControl(h).restore();
        }
    }

    @Test
    void serverKilledMidQueryIsAnOperationalErrorAndTheSessionIsGone(Harness h, ServerControl control)
            throws InterruptedException {
        Connection c = Sqlwire.connect(h.pgUri(h.pgStandbyPort(), "test", "test", "test", "sslmode=disable"));
        Thread killer = Thread.ofVirtual().start(() -> {
            sleepQuietly(Duration.ofMillis(500));
            control.kill(ServerControl.PG_STANDBY);
        });
        long start = System.nanoTime();
        assertThatThrownBy(() -> c.execute("select pg_sleep(60)"))
                .isInstanceOf(OperationalException.class)
                .satisfies(e -> assertThat(((OperationalException) e).isTransient()).isTrue());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(HANG);
        killer.join();
        assertThat(c.isClosed()).isTrue();
        c.close();
    }

    @Test
    void serverStoppedWhileConnectingTimesOutWithinConnectTimeout(Harness h, ServerControl control) {
        control.freeze(ServerControl.PG_STANDBY);
        long start = System.nanoTime();
        // the kernel still completes the TCP handshake; the SSLRequest answer never comes
        assertThatThrownBy(() -> Sqlwire.connect(h.pgUri(h.pgStandbyPort(), "test", "test", "test",
                "sslmode=require&connect_timeout=2")).close())
                .isInstanceOf(OperationalException.class)
                .hasMessageContaining(Integer.toString(h.pgStandbyPort()));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(HANG);
        control.thaw(ServerControl.PG_STANDBY);
    }

    private static void sleepQuietly(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
