package io.sqlwire.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.ConnectOptions;
import io.sqlwire.NotSupportedException;
import io.sqlwire.spi.Driver;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class MySqlDriverTest {

    @Test
    void namesAndSchemes() {
        MySqlDriver d = new MySqlDriver();
        assertThat(d.backend()).isEqualTo("mysql");
        assertThat(d.schemes()).containsExactlyInAnyOrder("mysql", "mariadb");
    }

    @Test
    void isFoundByTheServiceLoader() {
        assertThat(ServiceLoader.load(Driver.class).stream().<Class<?>>map(ServiceLoader.Provider::type))
                .contains(MySqlDriver.class);
    }

    @Test
    void connectIsNotImplementedYet() {
        ConnectOptions o = new ConnectOptions("mysql", List.of(), "u", null, "d", Map.of(), Map.of());
        assertThatThrownBy(() -> new MySqlDriver().connect(o))
                .isInstanceOf(NotSupportedException.class)
                .hasMessage("the MySQL query protocol is not implemented yet; `sqlwire ping` works");
    }
}
