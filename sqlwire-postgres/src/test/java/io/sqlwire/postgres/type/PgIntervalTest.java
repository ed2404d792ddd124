package io.sqlwire.postgres.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.postgres.PgInterval;
import java.time.Duration;
import java.time.Period;
import org.junit.jupiter.api.Test;

class PgIntervalTest {

    @Test
    void isoText() {
        assertThat(PgInterval.ZERO).hasToString("PT0S");
        assertThat(new PgInterval(14, 3, 14_706_000_001L)).hasToString("P1Y2M3DT4H5M6.000001S");
        assertThat(new PgInterval(0, 0, 60_000_000L)).hasToString("PT1M");
        assertThat(new PgInterval(0, -1, 0)).hasToString("P-1D");
    }

    @Test
    void exactConversions() {
        assertThat(new PgInterval(14, 3, 0).toPeriod()).isEqualTo(Period.of(1, 2, 3));
        assertThat(new PgInterval(0, 0, -1_500_000).toDuration()).isEqualTo(Duration.ofMillis(-1500));
        assertThat(PgInterval.of(Period.of(1, 2, 3))).isEqualTo(new PgInterval(14, 3, 0));
        assertThat(PgInterval.of(Duration.ofHours(100))).isEqualTo(new PgInterval(0, 0, 360_000_000_000L));
        assertThatThrownBy(() -> new PgInterval(0, 1, 1).toPeriod()).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> new PgInterval(0, 1, 0).toDuration()).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("months or days");
    }
}
