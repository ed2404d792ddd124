package io.sqlwire.postgres.auth;

import io.sqlwire.InternalException;
import io.sqlwire.OperationalException;
import io.sqlwire.core.transport.TlsContext;
import io.sqlwire.core.transport.TlsMode;
import io.sqlwire.core.transport.TlsSettings;
import java.util.List;

/**
 * How to encrypt connections to one PostgreSQL server, made by {@link PgTlsPolicy#from}.
 *
 * <p>The connector tries {@link #attempts()} in order on each host (TCP only; Unix-domain sockets
 * never use TLS, see {@link #attemptsFor(boolean)}):
 *
 * <ul>
 *   <li>{@link Attempt#SSL_REQUEST}: send SSLRequest and read exactly one byte. {@code S}: upgrade with
 *       {@link #tlsContext()} and the host name the user gave. {@code N}: when {@link #requiresTls()}
 *       fail ("server does not support SSL, but sslmode=require"), otherwise (prefer) continue in
 *       plain text on the same connection.</li>
 *   <li>{@link Attempt#PLAIN}: send the StartupMessage without encryption.</li>
 *   <li>{@link Attempt#DIRECT_TLS}: {@code Transports.connectDirectTls} with {@link #tlsContext()}
 *       (ALPN {@code postgresql} is already in the settings).</li>
 * </ul>
 *
 * A later attempt runs, on a new connection to the same address, only when the earlier one failed
 * before AuthenticationOk (TLS handshake failure, lost connection, or an ErrorResponse during
 * startup). So {@code prefer} is [SSL_REQUEST, PLAIN]: a server whose TLS fails or whose pg_hba.conf
 * refuses TLS connections is retried in plain text; {@code allow} is [PLAIN, SSL_REQUEST]: plain text
 * first, TLS only after the server refused the plain connection (e.g. a {@code hostssl} pg_hba line).
 * Authentication failures that would repeat (a wrong password) end the host after the last attempt.
 *
 * @param sslmode the effective sslmode ({@code verify-full} when {@code sslrootcert=system})
 * @param attempts the encryption attempts, in order
 * @param settings the TLS settings for the TLS attempts; {@link TlsSettings#NONE} for {@code disable}
 * @param certMode {@code sslcertmode}: {@code disable} (no client certificate is configured),
 *     {@code allow} or {@code require}
 */
public record PgTlsPlan(String sslmode, List<Attempt> attempts, TlsSettings settings, String certMode) {

    /** One way of opening the connection. */
    public enum Attempt {
        /** No encryption. */
        PLAIN,
        /** SSLRequest, then TLS after an {@code S}. */
        SSL_REQUEST,
        /** TLS at once, with ALPN {@code postgresql} (PostgreSQL 17+). */
        DIRECT_TLS
    }

    /** What to do after the one-byte answer to SSLRequest. */
    public enum SslAnswer {
        /** {@code S}: start the TLS handshake. */
        UPGRADE,
        /** {@code N} and TLS is optional: send the StartupMessage in plain text on the same connection. */
        CONTINUE_PLAIN
    }

    public PgTlsPlan {
        attempts = List.copyOf(attempts);
    }

    /** Whether a connection without TLS is refused (sslmode require, verify-ca, verify-full). */
    public boolean requiresTls() {
        return !attempts.contains(Attempt.PLAIN);
    }

    /**
     * Interprets the one byte the server sent in answer to SSLRequest ({@code -1} at end of stream).
     *
     * @param peer the server as named in messages, e.g. {@code db1:5432}
     * @throws OperationalException on {@code N} when TLS is required, on end of stream, and on an
     *     ErrorResponse ({@code E}), whose text is not shown because it arrived unencrypted and
     *     unauthenticated (CVE-2024-10977)
     * @throws InternalException on any other byte
     */
    public SslAnswer onSslResponse(int answer, String peer) {
        return switch (answer) {
            case 'S' -> SslAnswer.UPGRADE;
            case 'N' -> {
                if (requiresTls()) {
                    throw new OperationalException("server " + peer + " does not support SSL, but sslmode="
                            + sslmode + " requires it");
                }
                yield SslAnswer.CONTINUE_PLAIN;
            }
            case -1 -> throw new OperationalException("server " + peer + " closed the connection in answer to SSLRequest");
            case 'E' -> throw new OperationalException("server " + peer + " answered SSLRequest with an error (not "
                    + "shown: it arrived before encryption); the server may be too old to support SSL");
            default -> throw new InternalException("server " + peer + " sent an invalid answer to SSLRequest: byte 0x"
                    + Integer.toHexString(answer & 0xff));
        };
    }

    /** The attempts for a Unix-domain socket ({@code [PLAIN]}: libpq ignores sslmode there) or TCP. */
    public List<Attempt> attemptsFor(boolean unixSocket) {
        return unixSocket ? List.of(Attempt.PLAIN) : attempts;
    }

    /** The TLS mode: how much of the server's identity is verified. */
    public TlsMode mode() {
        return settings.mode();
    }

    /**
     * A new TLS context for these settings (loads the certificate files). Create it once per
     * connect, not per host.
     *
     * @throws io.sqlwire.InvalidOptionException when a certificate, key or CRL file cannot be used
     */
    public TlsContext tlsContext() {
        return TlsContext.create(settings);
    }
}
