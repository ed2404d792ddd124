package io.sqlwire.postgres.session;

import io.sqlwire.ConnectOptions;
import io.sqlwire.DatabaseException;
import io.sqlwire.HostSpec;
import io.sqlwire.Secret;
import io.sqlwire.core.codec.CodecRegistry;
import io.sqlwire.core.codec.Format;
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
import io.sqlwire.postgres.type.PgTypes;
import io.sqlwire.postgres.auth.Authenticator;
import io.sqlwire.postgres.auth.PgTlsPlan;
import io.sqlwire.postgres.auth.PgTlsPolicy;
import io.sqlwire.postgres.protocol.ByteSink;
import io.sqlwire.postgres.protocol.message.frontend.SSLRequest;
import java.io.IOException;
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
    private final PgTlsPlan tls;
    private TlsContext tlsContext;

    /** @throws io.sqlwire.InvalidOptionException when the TLS options cannot be used */
    public PgConnector(ConnectOptions options, Environment env) {
        this.options = options;
        this.env = env;
        this.tls = PgTlsPolicy.from(options, env);
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

    /**
     * One address: the TLS plan's attempts in order (prefer: TLS, then plain), each on a new
     * connection; a later attempt runs only when the earlier one failed with a server or network
     * error, never for a bad option.
     */
    private PgSession open(Target target) {
        List<PgTlsPlan.Attempt> attempts = tls.attemptsFor(target.endpoint() instanceof Endpoint.UnixSocket);
        DatabaseException last = null;
        for (PgTlsPlan.Attempt a : attempts) {
            try {
                return open(target, a);
            } catch (DatabaseException e) {
                if (last != null) {
                    e.addSuppressed(last);
                }
                last = e;
            }
        }
        throw last;
    }

    private PgSession open(Target target, PgTlsPlan.Attempt attempt) {
        Duration timeout = target.connectTimeout() != null ? target.connectTimeout() : DEFAULT_STARTUP_TIMEOUT;
        SocketSettings sockets = SocketSettings.fromOptions(options).withConnectTimeout(timeout);
        Transport t = transport(target, sockets, attempt);
        try {
            t.setReadTimeout(timeout);
            if (attempt == PgTlsPlan.Attempt.SSL_REQUEST) {
                sslRequest(t, target.serverName());
            }
            PgSession s = startup(target, t);
            t.setReadTimeout(CoreOptions.READ_TIMEOUT.find(options).orElse(null));
            return s;
        } catch (RuntimeException e) {
            t.close();
            throw e;
        }
    }

    private Transport transport(Target target, SocketSettings sockets, PgTlsPlan.Attempt attempt) {
        return switch (target.endpoint()) {
            case Endpoint.Tcp tcp when attempt == PgTlsPlan.Attempt.DIRECT_TLS -> Transports.connectDirectTls(
                    tcp.address(), target.label(), sockets, tlsContext(), target.serverName());
            case Endpoint.Tcp tcp -> Transports.connectTcp(tcp.address(), target.label(), sockets);
            case Endpoint.UnixSocket unix -> Transports.connectUnix(unix.path(), sockets);
        };
    }

    private TlsContext tlsContext() {
        if (tlsContext == null) {
            tlsContext = tls.tlsContext(); // loads the certificate files once per connect
        }
        return tlsContext;
    }

    /** Starts TLS on {@code t} as the plan says (SSLRequest; direct TLS connections are secure already). */
    void secure(Transport t, String serverName) {
        if (!t.isSecure()) {
            sslRequest(t, serverName);
        }
    }

    /** SSLRequest, then exactly one byte: nothing the server sends unencrypted may reach the TLS stream. */
    private void sslRequest(Transport t, String serverName) {
        int answer;
        try {
            ByteSink out = new ByteSink(8);
            new SSLRequest().encode(out);
            out.writeTo(t.output());
            t.output().flush();
            answer = t.input().read();
        } catch (IOException e) {
            throw t.failure("waiting for the answer to SSLRequest", e);
        }
        if (tls.onSslResponse(answer, t.peer()) == PgTlsPlan.SslAnswer.UPGRADE) {
            t.upgradeToTls(tlsContext(), serverName);
        }
    }

    private PgSession startup(Target target, Transport t) {
        String user = user();
        String database = options.database() != null ? options.database() : user;
        Secret password = password(target.candidate().host(), user, database);
        ServerParameters params = new ServerParameters();
        BackendReader reader = new BackendReader(t.input());
        int version = protocolVersion();
        Startup.run(t, reader, StartupParameters.build(options, user, database),
                new PgAuthExchange(Authenticator.forTransport(options, user, password, t)), params, version,
                target.label());
        QueryMachine machine = new QueryMachine(params, CoreOptions.PREPARE_THRESHOLD.get(options), STATEMENT_CACHE_SIZE,
                PgConnector::binaryDecodable);
        HostSpec host = target.candidate().host();
        return new PgSession(t, reader, machine,
                new SessionInfo(options, host.host(), host.port(), user, database, target.label()));
    }

    /** Whether results of this type can come in binary: a codec other than the text fallback decodes it. */
    static boolean binaryDecodable(int oid) {
        return CodecRegistry.global().hasDecoder(PgTypes.ref(oid), Format.BINARY);
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
