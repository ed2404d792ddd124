package io.sqlwire.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.ConnectOptions;
import io.sqlwire.InvalidOptionException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutingPolicyTest {

    static RoutingPolicy policy(Map<String, String> opts) {
        return RoutingPolicy.fromOptions(new ConnectOptions("postgresql", List.of(), null, null, null, opts, Map.of()));
    }

    @Test
    void defaultsComeFromTheOptionTable() {
        assertThat(policy(Map.of())).isEqualTo(new RoutingPolicy(TargetSessionAttrs.ANY, false, Duration.ofSeconds(10)));
    }

    @Test
    void readsTheThreeOptions() {
        RoutingPolicy p = policy(Map.of("target_session_attrs", "prefer-standby", "load_balance_hosts", "random",
                "connect_timeout", "5"));
        assertThat(p).isEqualTo(new RoutingPolicy(TargetSessionAttrs.PREFER_STANDBY, true, Duration.ofSeconds(5)));
    }

    @Test
    void zeroTimeoutMeansNone() {
        assertThat(policy(Map.of("connect_timeout", "0")).connectTimeout()).isNull();
    }

    @Test
    void badValuesNameTheOption() {
        assertThatThrownBy(() -> policy(Map.of("load_balance_hosts", "sometimes")))
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("\"sometimes\"").hasMessageContaining("load_balance_hosts");
        assertThatThrownBy(() -> policy(Map.of("target_session_attrs", "master")))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("\"master\"").hasMessageContaining("target_session_attrs");
    }
}
