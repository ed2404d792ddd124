package io.sqlwire.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.ConnectOptions;
import io.sqlwire.HostSpec;
import io.sqlwire.core.transport.TransportException;
import io.sqlwire.spi.Driver;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class PgDriverTest {

    @Test
    void namesAndSchemes() {
        PgDriver d = new PgDriver();
        assertThat(d.backend()).isEqualTo("postgresql");
        assertThat(d.schemes()).containsExactlyInAnyOrder("postgresql", "postgres");
    }

    @Test
    void isFoundByTheServiceLoader() {
        assertThat(ServiceLoader.load(Driver.class).stream().<Class<?>>map(ServiceLoader.Provider::type))
                .contains(PgDriver.class);
    }

    @Test
    void socketDirectoryAndPortNameTheSocketFile() {
        assertThat(PgProbe.socketFile(new HostSpec("/var/run/postgresql", 5433)))
                .isEqualTo(Path.of("/var/run/postgresql/.s.PGSQL.5433"));
    }

    @Test
    void sslRequestAnswers() {
        assertThat(PgProbe.interpret("h:1", 'S')).isTrue();
        assertThat(PgProbe.interpret("h:1", 'N')).isFalse();
        assertThatThrownBy(() -> PgProbe.interpret("h:1", 'E'))
                .isInstanceOf(TransportException.class)
                .hasMessage("h:1 answered SSLRequest with an error (not shown: it comes before authentication)");
        assertThatThrownBy(() -> PgProbe.interpret("h:1", 'H'))
                .hasMessage("h:1 is not a PostgreSQL server (answered SSLRequest with byte 0x48)");
        assertThatThrownBy(() -> PgProbe.interpret("h:1", -1))
                .hasMessage("h:1 closed the connection without answering SSLRequest")
                .satisfies(e -> assertThat(((TransportException) e).isTransient()).isTrue());
    }
}
