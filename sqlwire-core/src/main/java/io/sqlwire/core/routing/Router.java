package io.sqlwire.core.routing;

import io.sqlwire.OperationalException;
import io.sqlwire.SqlwireException;
import io.sqlwire.core.transport.TransportException;
import io.sqlwire.core.transport.Addresses;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * Walks a host list until one server accepts a connection of the wanted kind.
 *
 * <p>The algorithm, as libpq's:
 * <ol>
 *   <li>With {@code load_balance_hosts=random} the host order is shuffled.</li>
 *   <li>For each host in order: a Unix-socket host has one endpoint; a host with {@code hostaddr}
 *       has that address (no DNS); any other host is resolved, and all its addresses are tried in
 *       the resolver's order (shuffled too with {@code random}). A host that does not resolve is
 *       recorded as failed and the next host is tried.</li>
 *   <li>Each endpoint gets one {@link ConnectionAttempt}, bounded by the connect timeout, which
 *       applies per address. When it fails with a {@link io.sqlwire.DatabaseException} (unreachable,
 *       refused by the server, a malformed answer) the next address, then the next host, is tried.
 *       An authentication failure (SQLSTATE class 28) or any other exception (a bad option, a bug)
 *       ends the search at once and is thrown as it is: a wrong password would be wrong on every
 *       host, and hiding it behind "could not connect" would mislead.</li>
 *   <li>When {@link TargetSessionAttrs#needsRoleCheck()}, the new connection's {@link ServerRole}
 *       is checked. A server that does not fit is closed and the search moves to the next
 *       <em>host</em> (its other addresses reach the same server).</li>
 *   <li>{@code prefer-standby}: when the first pass finds no standby, a second pass accepts any
 *       server. It retries only the hosts that answered in the first pass, since the others have
 *       just failed.</li>
 *   <li>When nothing is accepted, one {@link OperationalException} (SQLSTATE 08001) lists every
 *       attempt and why it failed, in order:
 *       {@code could not connect to any host: localhost:5432 (refused); db2:5432 (is a standby, ...)}.
 *       The last failure is its cause, the earlier ones are suppressed exceptions. It is transient
 *       when any attempt failed in a way a retry may fix.</li>
 * </ol>
 * A host that resolves to several addresses is named with the address, as {@code localhost:5432 [::1]}.
 */
public final class Router {
    private final RoutingPolicy policy;
    private final Resolver resolver;
    private final RandomGenerator random;

    /** A router with the system resolver. */
    public Router(RoutingPolicy policy) {
        this(policy, Resolver.SYSTEM, new Random());
    }

    /** A router with a given resolver and random source (for load balancing; tests pass a seeded one). */
    public Router(RoutingPolicy policy, Resolver resolver, RandomGenerator random) {
        this.policy = policy;
        this.resolver = resolver;
        this.random = random;
    }

    /**
     * Connects to the first acceptable server.
     *
     * @param roleCheck finds a connection's role; may be {@code null} when the policy's
     *     target_session_attrs is {@code any}
     * @return the open connection, which the caller owns
     * @throws OperationalException listing every host tried, when none was accepted
     */
    public <C> C connect(List<Candidate> candidates, ConnectionAttempt<C> attempt, RoleCheck<C> roleCheck) {
        if (candidates.isEmpty()) {
            throw new OperationalException("could not connect: no host given");
        }
        List<Candidate> order = new ArrayList<>(candidates);
        if (policy.loadBalance()) {
            shuffle(order);
        }
        FailureReport report = new FailureReport(candidates.size());
        List<Candidate> answered = new ArrayList<>();
        TargetSessionAttrs tsa = policy.targetSessionAttrs();
        C c = pass(order, attempt, roleCheck, tsa, report, answered);
        if (c == null && tsa == TargetSessionAttrs.PREFER_STANDBY && !answered.isEmpty()) {
            c = pass(answered, attempt, roleCheck, TargetSessionAttrs.ANY, report, new ArrayList<>());
        }
        if (c == null) {
            throw report.toException();
        }
        return c;
    }

    private <C> C pass(List<Candidate> hosts, ConnectionAttempt<C> attempt, RoleCheck<C> roleCheck,
            TargetSessionAttrs tsa, FailureReport report, List<Candidate> answered) {
        for (Candidate cand : hosts) {
            List<Endpoint> endpoints;
            try {
                endpoints = endpoints(cand);
            } catch (TransportException e) {
                report.add(cand.label(), e);
                continue;
            }
            for (Endpoint ep : endpoints) {
                Target target = new Target(cand, ep, policy.connectTimeout(), label(cand, ep, endpoints.size()));
                Outcome<C> outcome = tryOne(target, attempt, roleCheck, tsa, report);
                if (outcome.connection() != null) {
                    return outcome.connection();
                }
                if (outcome.rejected()) {
                    answered.add(cand);
                    break; // the other addresses reach the same server
                }
            }
        }
        return null;
    }

    private record Outcome<C>(C connection, boolean rejected) {
    }

    private <C> Outcome<C> tryOne(Target target, ConnectionAttempt<C> attempt, RoleCheck<C> roleCheck,
            TargetSessionAttrs tsa, FailureReport report) {
        C conn;
        try {
            conn = attempt.open(target);
        } catch (SqlwireException e) {
            report.addOrRethrow(target.label(), e);
            return new Outcome<>(null, false);
        }
        if (!tsa.needsRoleCheck()) {
            return new Outcome<>(conn, false);
        }
        ServerRole role;
        try {
            role = roleCheck.role(conn);
        } catch (SqlwireException e) {
            closeQuietly(conn);
            report.addOrRethrow(target.label(), e);
            return new Outcome<>(null, false);
        }
        if (tsa.accepts(role)) {
            return new Outcome<>(conn, false);
        }
        closeQuietly(conn);
        report.addRejection(target.label(), tsa.rejection(role));
        return new Outcome<>(null, true);
    }

    private List<Endpoint> endpoints(Candidate cand) {
        if (cand.isUnixSocket()) {
            return List.of(new Endpoint.UnixSocket(cand.unixSocket()));
        }
        int port = cand.host().port();
        String name = cand.hostaddr() != null ? cand.hostaddr() : cand.host().host();
        List<InetAddress> addrs;
        try {
            // an IP literal (every hostaddr is one) needs no resolver and no DNS
            addrs = Addresses.isIpLiteral(name) ? List.of(InetAddress.getByName(name)) : resolver.resolve(name);
            if (addrs.isEmpty()) {
                throw new UnknownHostException(name);
            }
        } catch (UnknownHostException e) {
            String msg = String.valueOf(e.getMessage());
            boolean temporary = msg.contains("Temporary failure") || msg.contains("try again");
            String reason = temporary ? "host name lookup failed temporarily" : "unknown host";
            throw new TransportException("could not resolve host name \"" + name + "\": " + reason, cand.label(),
                    reason, TransportException.UNABLE_TO_CONNECT, temporary, e);
        }
        List<Endpoint> out = new ArrayList<>(addrs.size());
        addrs.forEach(a -> out.add(new Endpoint.Tcp(new InetSocketAddress(a, port))));
        if (policy.loadBalance()) {
            shuffle(out);
        }
        return out;
    }

    private static String label(Candidate cand, Endpoint ep, int endpointCount) {
        if (!(ep instanceof Endpoint.Tcp tcp) || (endpointCount == 1 && cand.hostaddr() == null)) {
            return cand.label();
        }
        String ip = Addresses.format(tcp.address().getAddress());
        return ip.equals(cand.host().host()) ? cand.label() : cand.label() + " [" + ip + "]";
    }

    private <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }

    private static void closeQuietly(Object conn) {
        if (conn instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                // the server was not wanted; a failed goodbye does not matter
            }
        }
    }
}
