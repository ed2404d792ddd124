package io.sqlwire.postgres.session;

import io.sqlwire.postgres.auth.Authenticator;
import io.sqlwire.postgres.protocol.flow.AuthExchange;
import io.sqlwire.postgres.protocol.message.backend.Authentication;
import io.sqlwire.postgres.protocol.message.backend.AuthenticationCleartextPassword;
import io.sqlwire.postgres.protocol.message.backend.AuthenticationMD5Password;
import io.sqlwire.postgres.protocol.message.backend.AuthenticationSASL;
import io.sqlwire.postgres.protocol.message.backend.AuthenticationSASLContinue;
import io.sqlwire.postgres.protocol.message.backend.AuthenticationSASLFinal;
import io.sqlwire.postgres.protocol.message.backend.AuthenticationUnsupported;
import io.sqlwire.postgres.protocol.message.frontend.FrontendMessage;
import io.sqlwire.postgres.protocol.message.frontend.PasswordMessage;
import io.sqlwire.postgres.protocol.message.frontend.SASLInitialResponse;
import io.sqlwire.postgres.protocol.message.frontend.SASLResponse;
import java.util.List;

/**
 * Connects the startup state machine to the auth package: each AuthenticationXxx request goes to
 * the {@link Authenticator} (SCRAM-SHA-256(-PLUS), md5, cleartext policy, require_auth,
 * channel_binding), whose answer becomes the matching frontend message.
 */
final class PgAuthExchange implements AuthExchange {
    private final Authenticator auth;

    PgAuthExchange(Authenticator auth) {
        this.auth = auth;
    }

    @Override
    public List<FrontendMessage> respond(Authentication request) {
        return switch (request) {
            case AuthenticationCleartextPassword p -> List.of(new PasswordMessage(auth.cleartextPassword()));
            case AuthenticationMD5Password p -> List.of(new PasswordMessage(auth.md5Password(p.salt())));
            case AuthenticationSASL s -> {
                Authenticator.SaslStart start = auth.saslStart(s.mechanisms());
                yield List.of(new SASLInitialResponse(start.mechanism(), start.initialResponse()));
            }
            case AuthenticationSASLContinue c -> List.of(new SASLResponse(auth.saslContinue(c.data())));
            case AuthenticationSASLFinal f -> {
                auth.saslFinal(f.data());
                yield List.of();
            }
            case AuthenticationUnsupported u -> {
                auth.unsupported(u.code());
                yield List.of();
            }
            default -> throw new IllegalStateException("not an authentication request: " + request);
        };
    }

    @Override
    public void completed() {
        auth.authenticationOk();
    }
}
