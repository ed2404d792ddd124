package io.sqlwire.postgres.session;

import io.sqlwire.ConnectOptions;
import io.sqlwire.OperationalException;
import io.sqlwire.core.options.TlsOptions;
import io.sqlwire.core.transport.TlsMode;
import io.sqlwire.core.transport.TlsSettings;
import io.sqlwire.core.transport.Transport;
import io.sqlwire.core.transport.TransportException;
import io.sqlwire.postgres.protocol.ByteSink;
import io.sqlwire.postgres.protocol.message.frontend.SSLRequest;
import java.io.IOException;
import java.util.List;

/**
 * How a session gets TLS: the sslmode plan and the SSLRequest exchange. The answer to SSLRequest
 * is read as exactly one byte, so no unencrypted server byte can slip into the TLS stream.
 *
 * @param sslmode libpq's sslmode
 * @param settings the TLS settings for the handshake
 * @param direct whether to start TLS at once, with ALPN {@code postgresql} (sslnegotiation=direct)
 */
record TlsNegotiation(String sslmode, TlsSettings settings, boolean direct) {

    static TlsNegotiation from(ConnectOptions options) {
        String mode = TlsOptions.SSLMODE.get(options);
        TlsMode tls = switch (mode) {
            case "verify-full" -> TlsMode.VERIFY_FULL;
            case "verify-ca" -> TlsMode.VERIFY_CA;
            case "disable" -> TlsMode.NONE;
            default -> TlsMode.TRUST_ANY;
        };
        TlsSettings.Builder b = TlsSettings.builder().mode(tls);
        TlsOptions.SSLROOTCERT.find(options).ifPresent(b::rootCert);
        TlsOptions.SSLCERT.find(options).ifPresent(b::clientCert);
        TlsOptions.SSLKEY.find(options).ifPresent(b::clientKey);
        TlsOptions.SSLPASSWORD.find(options).ifPresent(b::keyPassword);
        TlsOptions.SSLCRL.find(options).ifPresent(b::crl);
        TlsOptions.SSLSNI.find(options).ifPresent(b::sni);
        boolean direct = "direct".equals(TlsOptions.SSLNEGOTIATION.find(options).orElse("postgres"));
        TlsSettings settings = b.build();
        return new TlsNegotiation(mode, direct ? settings.withAlpn(List.of("postgresql")) : settings, direct);
    }

    /** Whether the server must not be talked to without TLS. */
    boolean required() {
        return !sslmode.equals("disable") && !sslmode.equals("allow") && !sslmode.equals("prefer");
    }

    /** Whether to ask for TLS at all on a TCP connection ({@code allow} first tries without, as libpq). */
    boolean wanted() {
        return !sslmode.equals("disable") && !sslmode.equals("allow");
    }

    /** Sends SSLRequest and, on {@code S}, upgrades the transport. */
    void negotiate(Transport t, String serverName) {
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
        if (answer == SSLRequest.ACCEPTED) {
            t.upgradeToTls(settings, serverName);
        } else if (answer == SSLRequest.REFUSED) {
            if (required()) {
                throw new OperationalException("server " + t.peer() + " does not support SSL, but sslmode=" + sslmode
                        + " requires it", TransportException.UNABLE_TO_CONNECT, 0, false, null);
            }
        } else {
            String reason = answer < 0 ? "closed the connection without answering SSLRequest"
                    : String.format("answered SSLRequest with byte 0x%02X instead of S or N", answer);
            throw new TransportException(t.peer() + " " + reason, t.peer(), reason,
                    TransportException.UNABLE_TO_CONNECT, answer < 0, null);
        }
    }
}
