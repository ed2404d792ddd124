package io.sqlwire.core.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.HostSpec;
import io.sqlwire.OperationalException;
import io.sqlwire.core.routing.Candidate;
import io.sqlwire.core.routing.ConnectionAttempt;
import io.sqlwire.core.routing.Endpoint;
import io.sqlwire.core.routing.Router;
import io.sqlwire.core.routing.RoutingPolicy;
import io.sqlwire.core.routing.TargetSessionAttrs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The {@link Router} driving real transports: every failure is listed and no socket is left open. */
@Timeout(60)
class RoutingOverNetworkIT {
    static final int PG = HarnessEnv.port("HARNESS_PG_PRIMARY_PORT");
    private final List<Transport> opened = new CopyOnWriteArrayList<>();

    /** TCP connect, SSLRequest, TLS verify-full against the name given. */
    ConnectionAttempt<Transport> tlsAttempt() {
        TlsContext tls = TlsContext.create(TlsSettings.builder().mode(TlsMode.VERIFY_FULL)
                .rootCert(HarnessEnv.get("HARNESS_SSL_CA")).build());
        return target -> {
            Endpoint.Tcp tcp = (Endpoint.Tcp) target.endpoint();
            Transport t = Transports.connectTcp(tcp.address(), target.label(),
                    SocketSettings.DEFAULT.withConnectTimeout(target.connectTimeout()));
            opened.add(t);
            try {
                t.setReadTimeout(target.connectTimeout());
                if (PgWire.sslRequest(t) != 'S') {
                    throw new IllegalStateException("no TLS");
                }
            } catch (IOException e) {
                t.close();
                throw new UncheckedIOException(e);
            }
            t.upgradeToTls(tls.withHandshakeTimeout(target.connectTimeout()), target.serverName());
            return t;
        };
    }

    @Test
    void totalFailureListsEveryHostAndLeavesNoSocketOpen() throws IOException {
        int closed = TransportIT.freePort();
        Router router = new Router(new RoutingPolicy(TargetSessionAttrs.ANY, false, Duration.ofSeconds(5)));
        List<Candidate> hosts = List.of(Candidate.tcp(new HostSpec("127.0.0.1", closed)),
                Candidate.tcp(new HostSpec("127.0.0.2", PG)));
        assertThatThrownBy(() -> router.connect(hosts, tlsAttempt(), null))
                .isInstanceOf(OperationalException.class)
                .hasMessage("could not connect to any host: 127.0.0.1:" + closed + " (refused); 127.0.0.2:" + PG
                        + " (TLS handshake failed: server certificate does not match host name \"127.0.0.2\""
                        + " (it is for localhost, 127.0.0.1, ::1))");
        assertThat(opened).singleElement().satisfies(t -> assertThat(t.isOpen()).isFalse());
    }

    @Test
    void hostaddrConnectsToTheAddressAndVerifiesTheName() {
        int closed;
        try {
            closed = TransportIT.freePort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Router router = new Router(new RoutingPolicy(TargetSessionAttrs.ANY, false, Duration.ofSeconds(5)));
        List<Candidate> hosts = List.of(Candidate.tcp(new HostSpec("127.0.0.1", closed)),
                new Candidate(new HostSpec("localhost", PG), "127.0.0.2", null));
        try (Transport t = router.connect(hosts, tlsAttempt(), null)) {
            assertThat(t.isSecure()).isTrue();
            assertThat(t.peer()).isEqualTo("localhost:" + PG + " [127.0.0.2]");
        }
    }
}
