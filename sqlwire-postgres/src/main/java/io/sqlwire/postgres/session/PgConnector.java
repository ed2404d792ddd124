package io.sqlwire.postgres.session;

import io.sqlwire.ConnectOptions;
import io.sqlwire.HostSpec;
import io.sqlwire.Secret;
import io.sqlwire.core.options.CoreOptions;
import io.sqlwire.core.options.Environment;
import io.sqlwire.core.options.PassFile;
import io.sqlwire.core.options.PostgresOptions;
import io.sqlwire.core.routing.Candidate;
import io.sqlwire.core.routing.Candidates;
import io.sqlwire.core.routing.Endpoint;
import io.sqlwire.core.routing.Router;
import io.sqlwire.core.routing.RoutingPolicy;
import io.sqlwire.core.routing.Target;
import io.sqlwire.core.transport.SocketSettings;
import io.sqlwire.core.transport.TlsContext;
import io.sqlwire.core.transport.Transport;
import io.sqlwire.core.transport.Transports;
import io.sqlwire.postgres.protocol.BackendReader;
import io.sqlwire.postgres.protocol.flow.Authenticator;
import io.sqlwire.postgres.protocol.flow.QueryMachine;
import io.sqlwire.postgres.protocol.flow.ServerParameters;
import io.sqlwire.postgres.protocol.message.frontend.StartupMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Opens a logged-in session: the host list through core's {@link Router} (connect_timeout per
 * address, target_session_attrs, load balancing, one failure report), then per address the
 * transport, TLS, the startup and authentication.
 */
public final class PgConnector {
    /** The default host: the local server on the default port. */
    public static final HostSpec DEFAULT_HOST = new HostSpec("localhost", 5432);
    /** The bound on each startup read when connect_timeout is not set: a stalled server must not hang us. */
    static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(30);
    /** Named prepared statements kept per connection. */
    static final int STATEMENT_CACHE_SIZE = 256;

    private final ConnectOptions options;
    private final Environment env;
    private final AuthenticatorFactory auth;

    /** Makes the authenticator for one attempt: from the options, the password, and the open transport (for TLS channel binding). */
    @FunctionalInterface
    public interface AuthenticatorFactory {
        Authenticator create(ConnectOptions options, String user, Secret password, Transport transport);
    }

    public PgConnector(ConnectOptions options, Environment env, AuthenticatorFactory auth) {
        this.options = options;
        this.env = env;
        this.auth = auth;
    }

    /** PostgreSQL's socket file for a socket directory and port: {@code <dir>/.s.PGSQL.<port>}. */
    public static Path socketFile(HostSpec host) {
        return Path.of(host.host(), ".s.PGSQL." + host.port());
    }

    /**
     * Connects to the first acceptable server.
     *
     * @throws io.sqlwire.OperationalException listing every host tried and why it failed
     */
    public PgSession connect() {
        List<Candidate> candidates = Candidates.expand(options, DEFAULT_HOST, PgConnector::socketFile);
        RoutingPolicy policy = RoutingPolicy.fromOptions(options);
        return new Router(policy).connect(candidates, this::open, RoleQuery::role);
    }

    private PgSession open(Target target) {
        Duration timeout = target.connectTimeout() != null ? target.connectTimeout() : DEFAULT_STARTUP_TIMEOUT;
        SocketSettings sockets = SocketSettings.fromOptions(options).withConnectTimeout(timeout);
        TlsNegotiation tls = TlsNegotiation.from(options);
        Transport t = transport(target, sockets, tls);
        try {
            t.setReadTimeout(timeout);
            if (!t.isSecure() && !t.isUnixSocket() && tls.wanted()) {
                tls.negotiate(t, target.serverName());
            }
            PgSession s = startup(target, t);
            t.setReadTimeout(CoreOptions.READ_TIMEOUT.find(options).orElse(null));
            return s;
        } catch (RuntimeException e) {
            t.close();
            throw e;
        }
    }

    private Transport transport(Target target, SocketSettings sockets, TlsNegotiation tls) {
        return switch (target.endpoint()) {
            case Endpoint.Tcp tcp when tls.direct() && tls.wanted() -> Transports.connectDirectTls(tcp.address(),
                    target.label(), sockets, TlsContext.create(tls.settings()), target.serverName());
            case Endpoint.Tcp tcp -> Transports.connectTcp(tcp.address(), target.label(), sockets);
            case Endpoint.UnixSocket unix -> Transports.connectUnix(unix.path(), sockets);
        };
    }

    private PgSession startup(Target target, Transport t) {
        String user = user();
        String database = options.database() != null ? options.database() : user;
        Secret password = password(target.candidate().host(), user, database);
        ServerParameters params = new ServerParameters();
        BackendReader reader = new BackendReader(t.input());
        int version = protocolVersion();
        Startup.run(t, reader, StartupParameters.build(options, user, database),
                auth.create(options, user, password, t), params, version, target.label());
        QueryMachine machine = new QueryMachine(params, CoreOptions.PREPARE_THRESHOLD.get(options), STATEMENT_CACHE_SIZE);
        HostSpec host = target.candidate().host();
        return new PgSession(t, reader, machine,
                new SessionInfo(options, host.host(), host.port(), user, database, target.label()));
    }

    private String user() {
        if (options.user() != null) {
            return options.user();
        }
        return env.get("USER").or(() -> env.get("USERNAME")).orElse(System.getProperty("user.name"));
    }

    private Secret password(HostSpec host, String user, String database) {
        if (options.password() != null) {
            return options.password();
        }
        return PassFile.file(options, env).flatMap(f -> PassFile.lookup(f, host, database, user)).orElse(null);
    }

    private int protocolVersion() {
        String max = PostgresOptions.MAX_PROTOCOL_VERSION.find(options).orElse("3.0");
        return max.equals("3.0") ? StartupMessage.PROTOCOL_3_0 : StartupMessage.PROTOCOL_3_2;
    }
}
