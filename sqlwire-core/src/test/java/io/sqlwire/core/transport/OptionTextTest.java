package io.sqlwire.core.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.ConnectOptions;
import io.sqlwire.InvalidOptionException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionTextTest {

    @Test
    void durationsInSecondsWithUnitsOrIso() {
        assertThat(OptionText.parseDuration("connect_timeout", "10")).isEqualTo(Duration.ofSeconds(10));
        assertThat(OptionText.parseDuration("connect_timeout", "2.5")).isEqualTo(Duration.ofMillis(2500));
        assertThat(OptionText.parseDuration("connect_timeout", "500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(OptionText.parseDuration("connect_timeout", "3 s")).isEqualTo(Duration.ofSeconds(3));
        assertThat(OptionText.parseDuration("connect_timeout", "2min")).isEqualTo(Duration.ofMinutes(2));
        assertThat(OptionText.parseDuration("connect_timeout", "PT7S")).isEqualTo(Duration.ofSeconds(7));
        assertThat(OptionText.parseDuration("connect_timeout", "0")).isNull();
        assertThat(OptionText.parseDuration("connect_timeout", "-1")).isNull();
        assertThatThrownBy(() -> OptionText.parseDuration("connect_timeout", "soon"))
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("invalid connect_timeout \"soon\"");
    }

    @Test
    void socketSettingsFromLibpqOptions() {
        ConnectOptions o = new ConnectOptions("postgresql", List.of(), null, null, null,
                Map.of("connect_timeout", "4", "keepalives", "1", "keepalives_idle", "30", "keepalives_interval", "5",
                        "keepalives_count", "3"), Map.of());
        SocketSettings s = SocketSettings.fromOptions(o);
        assertThat(s.connectTimeout()).isEqualTo(Duration.ofSeconds(4));
        assertThat(s.keepAlive()).isTrue();
        assertThat(s.keepAliveIdle()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.keepAliveInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.keepAliveCount()).isEqualTo(3);
        assertThat(s.tcpNoDelay()).isTrue();
    }

    @Test
    void badBooleanNamesTheOption() {
        ConnectOptions o = new ConnectOptions("postgresql", List.of(), null, null, null, Map.of("keepalives", "maybe"), Map.of());
        assertThatThrownBy(() -> SocketSettings.fromOptions(o))
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("invalid keepalives \"maybe\"");
    }

    @Test
    void durationsFormatShortly() {
        assertThat(Durations.format(Duration.ofSeconds(2))).isEqualTo("2 s");
        assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1.5 s");
        assertThat(Durations.format(Duration.ofMillis(250))).isEqualTo("250 ms");
        assertThat(Durations.format(Duration.ofMinutes(3))).isEqualTo("3 min");
    }
}
