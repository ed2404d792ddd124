package io.sqlwire.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.ConnectOptions;
import io.sqlwire.HostSpec;
import io.sqlwire.InvalidOptionException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CandidatesTest {
    private static final HostSpec DEFAULT = new HostSpec("localhost", 5432);
    private static final Function<HostSpec, Path> PG_SOCKET = h -> Path.of(h.host(), ".s.PGSQL." + h.port());

    static ConnectOptions options(List<HostSpec> hosts, Map<String, String> opts) {
        return new ConnectOptions("postgresql", hosts, "u", null, "db", opts, Map.of());
    }

    @Test
    void hostsInOrderWithoutDns() {
        var c = Candidates.expand(options(List.of(new HostSpec("db1", 1), new HostSpec("db2", 2)), Map.of()), DEFAULT, PG_SOCKET);
        assertThat(c).containsExactly(Candidate.tcp(new HostSpec("db1", 1)), Candidate.tcp(new HostSpec("db2", 2)));
        assertThat(c.get(0).label()).isEqualTo("db1:1");
    }

    @Test
    void noHostsMeansTheDefault() {
        assertThat(Candidates.expand(options(List.of(), Map.of()), DEFAULT, PG_SOCKET))
                .containsExactly(Candidate.tcp(DEFAULT));
    }

    @Test
    void hostaddrPairsWithHostsAndAnEmptyItemMeansResolve() {
        var c = Candidates.expand(options(List.of(new HostSpec("a.example", 1), new HostSpec("b.example", 2)),
                Map.of("hostaddr", "10.1.1.1, ")), DEFAULT, PG_SOCKET);
        assertThat(c.get(0).hostaddr()).isEqualTo("10.1.1.1");
        assertThat(c.get(0).serverName()).isEqualTo("a.example");
        assertThat(c.get(1).hostaddr()).isNull();
    }

    @Test
    void hostaddrWithoutHostsGivesOneCandidatePerAddress() {
        var c = Candidates.expand(options(List.of(), Map.of("hostaddr", "127.0.0.1,::1")), DEFAULT, PG_SOCKET);
        assertThat(c).extracting(Candidate::label).containsExactly("127.0.0.1:5432", "[::1]:5432");
    }

    @Test
    void hostaddrMustPairOneToOne() {
        assertThatThrownBy(() -> Candidates.expand(options(List.of(new HostSpec("a", 1), new HostSpec("b", 2)),
                Map.of("hostaddr", "10.0.0.1")), DEFAULT, PG_SOCKET))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("hostaddr lists 1 address(es) but 2 host(s)")
                .extracting(e -> ((InvalidOptionException) e).option()).isEqualTo("hostaddr");
    }

    @Test
    void hostaddrMustBeNumeric() {
        assertThatThrownBy(() -> Candidates.expand(options(List.of(new HostSpec("a", 1)),
                Map.of("hostaddr", "db.example.com")), DEFAULT, PG_SOCKET))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("invalid hostaddr \"db.example.com\"");
    }

    @Test
    void unixSocketHostsMapToTheSocketFile() {
        var c = Candidates.expand(options(List.of(new HostSpec("/tmp/pg", 55432), new HostSpec("db", 5432)), Map.of()),
                DEFAULT, PG_SOCKET);
        assertThat(c.get(0).isUnixSocket()).isTrue();
        assertThat(c.get(0).unixSocket()).isEqualTo(Path.of("/tmp/pg/.s.PGSQL.55432"));
        assertThat(c.get(0).label()).isEqualTo("/tmp/pg/.s.PGSQL.55432");
        assertThat(c.get(1).isUnixSocket()).isFalse();
    }
}
