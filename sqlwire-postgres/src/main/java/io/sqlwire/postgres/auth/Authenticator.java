package io.sqlwire.postgres.auth;

import io.sqlwire.ConnectOptions;
import io.sqlwire.InternalException;
import io.sqlwire.NotSupportedException;
import io.sqlwire.OperationalException;
import io.sqlwire.Secret;
import io.sqlwire.core.options.PostgresOptions;
import io.sqlwire.core.options.TlsOptions;
import io.sqlwire.core.transport.TlsInfo;
import io.sqlwire.core.transport.Transport;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * The client side of one PostgreSQL authentication exchange, free of protocol messages: the state
 * machine hands it the data of each AuthenticationXxx request and sends back what it returns.
 * One instance per connection attempt, used by one thread.
 *
 * <pre>{@code
 * Authenticator auth = Authenticator.forTransport(options, user, password, transport);
 * switch (code) {                                        // AuthenticationXxx code
 *     case 0  -> auth.authenticationOk();                // then ParameterStatus..., ReadyForQuery
 *     case 3  -> send new PasswordMessage(auth.cleartextPassword())
 *     case 5  -> send new PasswordMessage(auth.md5Password(salt))
 *     case 10 -> { SaslStart s = auth.saslStart(mechanisms);
 *                  send new SASLInitialResponse(s.mechanism(), s.initialResponse()); }
 *     case 11 -> send new SASLResponse(auth.saslContinue(data))
 *     case 12 -> auth.saslFinal(data)                    // AuthenticationOk follows
 *     default -> auth.unsupported(code)                  // always throws
 * }
 * }</pre>
 *
 * Every step enforces {@code require_auth} ({@link RequireAuth}), {@code channel_binding}
 * ({@link SaslMechanisms}) and the clear-text policy ({@link CleartextPolicy}); failures are
 * {@link OperationalException}s that name the reason and never contain the password.
 */
public final class Authenticator {

    /** The mechanism and the client-first-message for SASLInitialResponse. */
    public record SaslStart(String mechanism, byte[] initialResponse) {
    }

    private final ConnectOptions options;
    private final String user;
    private final Secret password;
    private final Optional<TlsInfo> tlsInfo;
    private final boolean tls;
    private final boolean unixSocket;
    private final Optional<X509Certificate> serverCert;
    private final RequireAuth requireAuth;
    private final String channelBinding;
    private AuthMethod method = AuthMethod.NONE;
    private ScramClient scram;

    /**
     * @param password the password after {@code .pgpass} lookup, or {@code null}
     * @param tlsInfo the negotiated TLS session, empty when the connection is not encrypted
     * @param unixSocket whether the connection is a Unix-domain socket
     */
    public Authenticator(ConnectOptions options, String user, Secret password, Optional<TlsInfo> tlsInfo,
            boolean unixSocket) {
        this.options = options;
        this.user = user;
        this.password = password;
        this.tlsInfo = tlsInfo;
        this.tls = tlsInfo.isPresent();
        this.unixSocket = unixSocket;
        this.serverCert = tlsInfo.flatMap(TlsInfo::serverCertificate);
        this.requireAuth = RequireAuth.from(options);
        this.channelBinding = PostgresOptions.CHANNEL_BINDING.get(options);
    }

    /** An authenticator for the connection {@code transport} (TLS state and server certificate from it). */
    public static Authenticator forTransport(ConnectOptions options, String user, Secret password, Transport transport) {
        return new Authenticator(options, user, password, transport.isSecure() ? transport.tlsInfo() : Optional.empty(),
                transport.isUnixSocket());
    }

    /**
     * AuthenticationCleartextPassword: the password for PasswordMessage. Allowed over TLS, over a
     * Unix-domain socket, or with {@code allow_cleartext_password=true}.
     */
    public Secret cleartextPassword() {
        request(AuthMethod.PASSWORD);
        CleartextPolicy.check(tls || unixSocket, options);
        return requirePassword();
    }

    /**
     * AuthenticationMD5Password: {@code md5} + 32 hex digits for the 4-byte {@code salt}, for
     * PasswordMessage (a Secret: it is enough to log in until the server picks another salt).
     */
    public Secret md5Password(byte[] salt) {
        request(AuthMethod.MD5);
        return Secret.of(Md5Password.response(user, requirePassword(), salt));
    }

    /** AuthenticationSASL: picks the mechanism and returns the client-first-message. */
    public SaslStart saslStart(List<String> mechanisms) {
        if (scram != null) {
            throw new InternalException("server sent AuthenticationSASL twice");
        }
        boolean oauthOnly = mechanisms.contains("OAUTHBEARER") && mechanisms.stream().noneMatch(m -> m.startsWith("SCRAM-"));
        request(oauthOnly ? AuthMethod.OAUTH : AuthMethod.SCRAM_SHA_256);
        SaslChoice choice = SaslMechanisms.choose(mechanisms, channelBinding, tls, serverCert);
        scram = ScramClient.start("", requirePassword(), choice);
        return new SaslStart(choice.mechanism(), scram.clientFirstMessage());
    }

    /** AuthenticationSASLContinue: the client-final-message for the server-first-message. */
    public byte[] saslContinue(byte[] serverFirst) {
        return activeScram("AuthenticationSASLContinue").clientFinalMessage(serverFirst);
    }

    /** AuthenticationSASLFinal: verifies the server's signature. */
    public void saslFinal(byte[] serverFinal) {
        activeScram("AuthenticationSASLFinal").verifyServerFinal(serverFinal);
    }

    /**
     * AuthenticationOk: checks that the exchange that happened is acceptable ({@code require_auth},
     * {@code channel_binding=require}, SCRAM completed with a verified server signature,
     * {@code sslcertmode=require}).
     */
    public void authenticationOk() {
        if ("require".equals(TlsOptions.SSLCERTMODE.get(options))
                && !tlsInfo.map(TlsInfo::clientCertificateSent).orElse(false)) {
            throw new OperationalException("sslcertmode=require, but no client certificate was sent: the server "
                    + "did not ask for one" + (tls ? "" : " (the connection does not use TLS)"));
        }
        if (scram != null && !scram.isComplete()) {
            throw new OperationalException("server sent AuthenticationOk before the SCRAM exchange completed: "
                    + "it did not prove that it knows the password");
        }
        if ("require".equals(channelBinding) && (scram == null || !scram.isChannelBound())) {
            throw new OperationalException("channel_binding=require, but the server authenticated the client "
                    + "without channel binding (method: " + method.keyword() + ")");
        }
        requireAuth.checkComplete(method);
    }

    /**
     * Any other request code (2 Kerberos V5, 6 SCM credentials, 7 GSS, 8 GSS continue, 9 SSPI):
     * always throws, after checking {@code require_auth} so its message wins when it applies.
     */
    public void unsupported(int code) {
        String name = switch (code) {
            case 7, 8 -> {
                request(AuthMethod.GSS);
                yield "GSSAPI";
            }
            case 9 -> {
                request(AuthMethod.SSPI);
                yield "SSPI";
            }
            case 2 -> "Kerberos V5";
            case 6 -> "SCM credential";
            default -> "unknown (code " + code + ")";
        };
        throw new NotSupportedException("server requested " + name + " authentication, which sqlwire does not support");
    }

    /** Whether a completed SCRAM exchange was bound to the TLS channel (SCRAM-SHA-256-PLUS). */
    public boolean channelBound() {
        return scram != null && scram.isComplete() && scram.isChannelBound();
    }

    /** The method the server asked for last, {@link AuthMethod#NONE} before any request. */
    public AuthMethod method() {
        return method;
    }

    private void request(AuthMethod m) {
        requireAuth.check(m);
        if ("require".equals(channelBinding) && m != AuthMethod.SCRAM_SHA_256) {
            throw new OperationalException("channel_binding=require, but the server requested " + m.keyword()
                    + " authentication, which cannot bind to the TLS channel");
        }
        method = m;
    }

    private Secret requirePassword() {
        if (password == null) {
            throw new OperationalException("server requested " + method.keyword() + " authentication, but no "
                    + "password was given (set password, PGPASSWORD or a .pgpass entry)");
        }
        return password;
    }

    private ScramClient activeScram(String message) {
        if (scram == null) {
            throw new InternalException("server sent " + message + " without AuthenticationSASL");
        }
        return scram;
    }
}
