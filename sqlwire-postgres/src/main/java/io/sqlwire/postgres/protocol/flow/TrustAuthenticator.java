package io.sqlwire.postgres.protocol.flow;

import io.sqlwire.OperationalException;
import io.sqlwire.postgres.protocol.message.backend.Authentication;
import io.sqlwire.postgres.protocol.message.backend.AuthenticationCleartextPassword;
import io.sqlwire.postgres.protocol.message.backend.AuthenticationMD5Password;
import io.sqlwire.postgres.protocol.message.backend.AuthenticationSASL;
import io.sqlwire.postgres.protocol.message.backend.AuthenticationUnsupported;
import io.sqlwire.postgres.protocol.message.frontend.FrontendMessage;
import java.util.List;

/** Accepts only servers that let the user in without a password (trust, peer, cert). */
public final class TrustAuthenticator implements Authenticator {

    @Override
    public List<FrontendMessage> respond(Authentication request) {
        String method = switch (request) {
            case AuthenticationCleartextPassword p -> "password (cleartext)";
            case AuthenticationMD5Password p -> "md5";
            case AuthenticationSASL s -> "SASL " + s.mechanisms();
            case AuthenticationUnsupported u -> u.method();
            default -> request.getClass().getSimpleName();
        };
        throw new OperationalException("the server asks for " + method + " authentication, which this connection"
                + " cannot answer", "28000", 0, false, null);
    }
}
