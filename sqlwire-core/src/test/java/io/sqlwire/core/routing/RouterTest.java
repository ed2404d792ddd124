package io.sqlwire.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.HostSpec;
import io.sqlwire.InterfaceException;
import io.sqlwire.OperationalException;
import io.sqlwire.core.transport.TransportException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouterTest {

    /** A connection double: which target it came from, its role, whether it was closed. */
    static final class FakeConn implements AutoCloseable {
        final String label;
        final ServerRole role;
        boolean closed;

        FakeConn(String label, ServerRole role) {
            this.label = label;
            this.role = role;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** Resolves names from a map, never via DNS. */
    static Resolver resolver(Map<String, List<String>> table) {
        return host -> {
            List<String> ips = table.get(host);
            if (ips == null) {
                throw new UnknownHostException(host + ": Name or service not known");
            }
            List<InetAddress> out = new ArrayList<>();
            for (String ip : ips) {
                out.add(InetAddress.getByName(ip)); // literals: no lookup
            }
            return out;
        };
    }

    static TransportException refused(Target t) {
        return new TransportException("connect to " + t.label() + " refused", t.label(), "refused",
                TransportException.UNABLE_TO_CONNECT, true, null);
    }

    static Candidate host(String name, int port) {
        return Candidate.tcp(new HostSpec(name, port));
    }

    private final List<String> tried = new ArrayList<>();
    private final List<FakeConn> opened = new ArrayList<>();

    /** An attempt that refuses the labels in {@code down} and opens others with the given roles. */
    ConnectionAttempt<FakeConn> attempt(Set<String> down, Map<String, ServerRole> roles) {
        return t -> {
            tried.add(t.label());
            if (down.contains(t.label())) {
                throw refused(t);
            }
            FakeConn c = new FakeConn(t.label(), roles.getOrDefault(t.label(), ServerRole.PRIMARY));
            opened.add(c);
            return c;
        };
    }

    Router router(TargetSessionAttrs tsa) {
        return new Router(new RoutingPolicy(tsa, false, Duration.ofSeconds(2)),
                resolver(Map.of("db1", List.of("10.0.0.1"), "db2", List.of("10.0.0.2"),
                        "dual", List.of("::1", "127.0.0.1"))), new Random(1));
    }

    @Test
    void firstReachableHostWins() {
        FakeConn c = router(TargetSessionAttrs.ANY).connect(List.of(host("db1", 5432), host("db2", 5432)),
                attempt(Set.of("db1:5432"), Map.of()), null);
        assertThat(c.label).isEqualTo("db2:5432");
        assertThat(tried).containsExactly("db1:5432", "db2:5432");
    }

    @Test
    void totalFailureListsEveryHostAndWhy() {
        var candidates = List.of(host("localhost", 55999), host("127.0.0.1", 55433), host("nohost.invalid", 5432));
        Router r = new Router(new RoutingPolicy(TargetSessionAttrs.READ_WRITE, false, null),
                resolver(Map.of("localhost", List.of("127.0.0.1"))), new Random(1));
        assertThatThrownBy(() -> r.connect(candidates, attempt(Set.of("localhost:55999"),
                Map.of("127.0.0.1:55433", ServerRole.STANDBY)), c -> c.role))
                .isInstanceOf(OperationalException.class)
                .hasMessage("could not connect to any host: localhost:55999 (refused); 127.0.0.1:55433 (is a standby, "
                        + "target_session_attrs=read-write wants a read-write server); nohost.invalid:5432 (unknown host)")
                .satisfies(e -> {
                    OperationalException oe = (OperationalException) e;
                    assertThat(oe.sqlState()).isEqualTo("08001");
                    assertThat(oe.isTransient()).isTrue();
                    assertThat(oe.getCause()).isInstanceOf(TransportException.class);
                    assertThat(oe.getSuppressed()).hasSize(1);
                });
        assertThat(opened).singleElement().satisfies(c -> assertThat(c.closed).isTrue());
    }

    @Test
    void singleHostMessageHasNoAnyHost() {
        assertThatThrownBy(() -> router(TargetSessionAttrs.ANY).connect(List.of(host("db1", 5432)),
                attempt(Set.of("db1:5432"), Map.of()), null))
                .hasMessage("could not connect to db1:5432 (refused)");
    }

    @Test
    void authenticationFailureStopsTheSearchAndIsThrownAsItIs() {
        OperationalException auth = new OperationalException("password authentication failed for user \"bob\"",
                "28P01", 0, false, null);
        ConnectionAttempt<FakeConn> a = t -> {
            tried.add(t.label());
            if (t.label().startsWith("db1")) {
                throw refused(t);
            }
            throw auth;
        };
        var hosts = List.of(host("db1", 1), host("db2", 2), host("127.0.0.3", 3));
        assertThatThrownBy(() -> router(TargetSessionAttrs.ANY).connect(hosts, a, null))
                .isSameAs(auth)
                .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
        assertThat(tried).containsExactly("db1:1", "db2:2");
    }

    @Test
    void nonOperationalErrorStopsTheSearch() {
        InterfaceException bug = new InterfaceException("bad option");
        ConnectionAttempt<FakeConn> a = t -> {
            tried.add(t.label());
            throw bug;
        };
        assertThatThrownBy(() -> router(TargetSessionAttrs.ANY).connect(List.of(host("db1", 1), host("db2", 2)), a, null))
                .isSameAs(bug);
        assertThat(tried).containsExactly("db1:1");
    }

    @Test
    void aMalformedAnswerFromOneServerMovesOn() {
        ConnectionAttempt<FakeConn> a = t -> {
            tried.add(t.label());
            if (t.label().startsWith("db1")) {
                throw new io.sqlwire.InternalException("malformed greeting");
            }
            return new FakeConn(t.label(), ServerRole.PRIMARY);
        };
        assertThat(router(TargetSessionAttrs.ANY).connect(List.of(host("db1", 1), host("db2", 2)), a, null).label)
                .isEqualTo("db2:2");
    }

    @Test
    void everyAddressOfAHostIsTriedAndNamed() {
        FakeConn c = router(TargetSessionAttrs.ANY).connect(List.of(host("dual", 5432)),
                attempt(Set.of("dual:5432 [::1]"), Map.of()), null);
        assertThat(tried).containsExactly("dual:5432 [::1]", "dual:5432 [127.0.0.1]");
        assertThat(c.label).isEqualTo("dual:5432 [127.0.0.1]");
    }

    @Test
    void roleMismatchSkipsTheOtherAddressesOfThatHost() {
        Map<String, ServerRole> roles = Map.of("dual:5432 [::1]", ServerRole.STANDBY);
        FakeConn c = router(TargetSessionAttrs.PRIMARY).connect(List.of(host("dual", 5432), host("db1", 5432)),
                attempt(Set.of(), roles), conn -> conn.role);
        assertThat(tried).containsExactly("dual:5432 [::1]", "db1:5432");
        assertThat(c.label).isEqualTo("db1:5432");
        assertThat(opened.get(0).closed).isTrue();
        assertThat(c.closed).isFalse();
    }

    @Test
    void preferStandbyTakesAStandbyWhenThereIsOne() {
        FakeConn c = router(TargetSessionAttrs.PREFER_STANDBY).connect(List.of(host("db1", 1), host("db2", 2)),
                attempt(Set.of(), Map.of("db2:2", ServerRole.STANDBY)), conn -> conn.role);
        assertThat(c.label).isEqualTo("db2:2");
        assertThat(tried).containsExactly("db1:1", "db2:2");
    }

    @Test
    void preferStandbyFallsBackToAnyServerThatAnswered() {
        FakeConn c = router(TargetSessionAttrs.PREFER_STANDBY).connect(
                List.of(host("db1", 1), host("127.0.0.9", 9), host("db2", 2)),
                attempt(Set.of("127.0.0.9:9"), Map.of()), conn -> conn.role);
        assertThat(tried).containsExactly("db1:1", "127.0.0.9:9", "db2:2", "db1:1");
        assertThat(c.label).isEqualTo("db1:1");
        assertThat(c.closed).isFalse();
    }

    @Test
    void roleCheckFailureMovesOnAndClosesTheConnection() {
        RoleCheck<FakeConn> check = conn -> {
            if (conn.label.equals("db1:1")) {
                throw new OperationalException("connection lost while checking the role");
            }
            return ServerRole.PRIMARY;
        };
        FakeConn c = router(TargetSessionAttrs.READ_WRITE).connect(List.of(host("db1", 1), host("db2", 2)),
                attempt(Set.of(), Map.of()), check);
        assertThat(c.label).isEqualTo("db2:2");
        assertThat(opened.get(0).closed).isTrue();
    }

    @Test
    void hostaddrIsDialledButTheHostNameIsKeptForTls() {
        List<Target> targets = new ArrayList<>();
        Candidate cand = new Candidate(new HostSpec("db.example.com", 5432), "127.0.0.7", null);
        router(TargetSessionAttrs.ANY).connect(List.of(cand), t -> {
            targets.add(t);
            return new FakeConn(t.label(), ServerRole.PRIMARY);
        }, null);
        Target t = targets.get(0);
        assertThat(t.endpoint()).hasToString("127.0.0.7:5432");
        assertThat(t.serverName()).isEqualTo("db.example.com");
        assertThat(t.label()).isEqualTo("db.example.com:5432 [127.0.0.7]");
        assertThat(t.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void loadBalancingShufflesHostsAndAddresses() {
        Set<List<String>> orders = new HashSet<>();
        var hosts = List.of(host("db1", 1), host("db2", 2), host("dual", 3));
        for (int seed = 0; seed < 200; seed++) {
            tried.clear();
            Router r = new Router(new RoutingPolicy(TargetSessionAttrs.ANY, true, null),
                    resolver(Map.of("db1", List.of("10.0.0.1"), "db2", List.of("10.0.0.2"),
                            "dual", List.of("::1", "127.0.0.1"))), new Random(seed));
            Set<String> all = Set.of("db1:1", "db2:2", "dual:3 [::1]", "dual:3 [127.0.0.1]");
            assertThatThrownBy(() -> r.connect(hosts, attempt(all, Map.of()), null));
            assertThat(tried).containsExactlyInAnyOrderElementsOf(all);
            orders.add(List.copyOf(tried));
        }
        // 3! host orders times 2 address orders
        assertThat(orders).hasSize(12);
    }

    @Test
    void unixSocketCandidateHasOneEndpoint() {
        Candidate sock = new Candidate(new HostSpec("/run/pg", 5432), null, java.nio.file.Path.of("/run/pg/.s.PGSQL.5432"));
        List<Target> targets = new ArrayList<>();
        router(TargetSessionAttrs.ANY).connect(List.of(sock), t -> {
            targets.add(t);
            return new FakeConn(t.label(), ServerRole.PRIMARY);
        }, null);
        assertThat(targets).singleElement().satisfies(t -> {
            assertThat(t.endpoint()).isInstanceOf(Endpoint.UnixSocket.class);
            assertThat(t.label()).isEqualTo("/run/pg/.s.PGSQL.5432");
        });
    }

    @Test
    void emptyCandidateListIsAnError() {
        assertThatThrownBy(() -> router(TargetSessionAttrs.ANY).connect(List.of(), attempt(Set.of(), Map.of()), null))
                .isInstanceOf(OperationalException.class).hasMessageContaining("no host");
    }
}
