package io.sqlwire.postgres.auth;

import io.sqlwire.InvalidOptionException;
import io.sqlwire.OperationalException;
import io.sqlwire.core.transport.ChannelBinding;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the SASL mechanism from AuthenticationSASL's list, with libpq's {@code channel_binding}
 * semantics:
 *
 * <ul>
 *   <li>{@code disable}: SCRAM-SHA-256 with gs2 header {@code n,,}, never -PLUS.</li>
 *   <li>{@code prefer} (default): SCRAM-SHA-256-PLUS over TLS when the server offers it; otherwise
 *       SCRAM-SHA-256 with {@code y,,} over TLS (so a server that does offer -PLUS detects a downgrade)
 *       or {@code n,,} without TLS.</li>
 *   <li>{@code require}: only SCRAM-SHA-256-PLUS; fails without TLS or when it is not offered.</li>
 * </ul>
 *
 * A server offering -PLUS on a connection without TLS is refused, as libpq does.
 */
public final class SaslMechanisms {

    static final String PLUS_HEADER = "p=tls-server-end-point,,";

    private SaslMechanisms() {
    }

    /**
     * @param offered the mechanisms from AuthenticationSASL, in the server's order
     * @param channelBinding {@code disable}, {@code prefer} or {@code require}
     * @param tls whether the connection is encrypted
     * @param serverCert the server's end-entity certificate when {@code tls}
     * @throws OperationalException when no offered mechanism is acceptable, explaining why
     */
    public static SaslChoice choose(List<String> offered, String channelBinding, boolean tls,
            Optional<X509Certificate> serverCert) {
        String cb = channelBinding == null ? "prefer" : channelBinding.toLowerCase(Locale.ROOT);
        if (!List.of("disable", "prefer", "require").contains(cb)) {
            throw new InvalidOptionException("channel_binding", "invalid value \"" + channelBinding
                    + "\" for channel_binding: expected disable, prefer or require");
        }
        boolean plusOffered = offered.contains(SaslChoice.SCRAM_SHA_256_PLUS);
        if (plusOffered && !tls) {
            throw new OperationalException("server offered SCRAM-SHA-256-PLUS authentication over a connection "
                    + "without TLS: channel binding is impossible there, so the server is misbehaving");
        }
        Optional<byte[]> cbData = tls ? serverCert.flatMap(ChannelBinding::tlsServerEndPoint) : Optional.empty();
        if (cb.equals("require")) {
            return required(offered, tls, plusOffered, cbData);
        }
        if (cb.equals("prefer") && plusOffered && cbData.isPresent()) {
            return new SaslChoice(SaslChoice.SCRAM_SHA_256_PLUS, PLUS_HEADER, cbData.get());
        }
        if (!offered.contains(SaslChoice.SCRAM_SHA_256)) {
            throw new OperationalException("none of the server's SASL authentication mechanisms are supported: "
                    + String.join(", ", offered));
        }
        // "y" claims "I could bind but you did not offer it": only true over TLS when -PLUS was not offered
        String header = tls && !cb.equals("disable") && !plusOffered ? "y,," : "n,,";
        return new SaslChoice(SaslChoice.SCRAM_SHA_256, header, null);
    }

    private static SaslChoice required(List<String> offered, boolean tls, boolean plusOffered, Optional<byte[]> cbData) {
        if (!tls) {
            throw new OperationalException("channel_binding=require, but the connection does not use TLS; "
                    + "channel binding needs sslmode=require or stronger");
        }
        if (!plusOffered) {
            throw new OperationalException("channel_binding=require, but the server did not offer "
                    + "SCRAM-SHA-256-PLUS (it offered: " + String.join(", ", offered) + ")");
        }
        if (cbData.isEmpty()) {
            throw new OperationalException("channel_binding=require, but tls-server-end-point data cannot be "
                    + "computed from the server certificate (its signature algorithm names no usable hash)");
        }
        return new SaslChoice(SaslChoice.SCRAM_SHA_256_PLUS, PLUS_HEADER, cbData.get());
    }
}
