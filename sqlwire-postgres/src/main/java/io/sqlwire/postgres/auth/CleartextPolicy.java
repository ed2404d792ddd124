package io.sqlwire.postgres.auth;

import io.sqlwire.ConnectOptions;
import io.sqlwire.OperationalException;
import io.sqlwire.core.options.PostgresOptions;

/**
 * Whether the password may be sent in clear text (AuthenticationCleartextPassword). Over TLS it
 * may; without TLS only when {@code allow_cleartext_password=true}, because anyone on the path
 * could read it.
 */
public final class CleartextPolicy {

    private CleartextPolicy() {
    }

    /**
     * @param tls whether the connection is encrypted (a Unix-domain socket counts as not encrypted
     *     here only if the caller says so; the connector passes {@code true} for local sockets)
     * @throws OperationalException when the password must not be sent
     */
    public static void check(boolean tls, ConnectOptions options) {
        if (!tls && !Boolean.TRUE.equals(PostgresOptions.ALLOW_CLEARTEXT_PASSWORD.get(options))) {
            throw new OperationalException("server asked for the password in clear text over an unencrypted "
                    + "connection; use sslmode=require or set allow_cleartext_password=true");
        }
    }
}
