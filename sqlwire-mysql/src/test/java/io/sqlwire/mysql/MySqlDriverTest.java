package io.sqlwire.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.ConnectOptions;
import io.sqlwire.spi.Driver;
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
    void connectToAClosedPortIsAnOperationalError() throws Exception {
        int port;
        try (java.net.ServerSocket ss = new java.net.ServerSocket(0)) {
            port = ss.getLocalPort();
        }
        ConnectOptions o = ConnectOptions.parse("mysql://u:p@127.0.0.1:" + port + "/d?connect_timeout=5");
        assertThatThrownBy(() -> new MySqlDriver().connect(o))
                .isInstanceOf(io.sqlwire.OperationalException.class)
                .hasMessageContaining("127.0.0.1:" + port)
                .hasMessageContaining("refused");
    }

    @Test
    void compressionIsRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> new MySqlDriver().connect(ConnectOptions.parse("mysql://u@127.0.0.1:1/d?compress=true")))
                .isInstanceOf(io.sqlwire.NotSupportedException.class).hasMessageContaining("compress=true");
    }
}
