package io.sqlwire.mysql.auth;

import io.sqlwire.OperationalException;

/**
 * {@code mysql_clear_password}: the password in clear, NUL-terminated (used by PAM and LDAP server
 * plugins). Sent only over TLS or a Unix socket, unless the user opts in with
 * {@code allow_cleartext_password=true}.
 */
final class ClearPasswordPlugin implements AuthPlugin {
    static final String NAME = "mysql_clear_password";
    static final ClearPasswordPlugin INSTANCE = new ClearPasswordPlugin();

    private ClearPasswordPlugin() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public byte[] firstResponse(AuthContext ctx) {
        if (!ctx.secureTransport() && !ctx.allowCleartextPassword()) {
            throw new OperationalException(NAME + " would send the password in clear over an unencrypted "
                    + "connection; use TLS (ssl_mode=require or stronger) or set allow_cleartext_password=true");
        }
        return Digests.nulTerminated(ctx.password());
    }

    @Override
    public AuthStep next(byte[] serverData, AuthContext ctx) {
        return AuthStep.awaitServer();
    }
}
