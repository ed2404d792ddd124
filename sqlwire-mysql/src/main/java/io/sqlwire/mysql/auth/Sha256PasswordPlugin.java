package io.sqlwire.mysql.auth;

import io.sqlwire.OperationalException;
import java.nio.charset.StandardCharsets;

/**
 * {@code sha256_password} (MySQL). No fast path: the first response already carries the password.
 * <pre>
 * empty password:                  0x00
 * TLS:                             pw + NUL
 * server_public_key set:           RSA-OAEP((pw + NUL) XOR seed20)
 * allow_public_key_retrieval:      0x01; server answers 0x01 + PEM key; client sends RSA-OAEP(...)
 * otherwise:                       refused, naming the options
 * </pre>
 * Unlike caching_sha2_password the server takes the password in clear only over TLS, not over
 * a Unix socket.
 */
final class Sha256PasswordPlugin implements AuthPlugin {
    static final String NAME = "sha256_password";
    static final Sha256PasswordPlugin INSTANCE = new Sha256PasswordPlugin();

    private static final byte REQUEST_PUBLIC_KEY = 0x01;

    private Sha256PasswordPlugin() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public byte[] firstResponse(AuthContext ctx) {
        if (Digests.passwordBytes(ctx.password()).length == 0) {
            return new byte[] {0};
        }
        if (ctx.tls()) {
            return Digests.nulTerminated(ctx.password());
        }
        if (ctx.serverPublicKeyFile() != null) {
            return RsaPassword.encrypt(ctx, RsaPassword.readKeyFile(ctx, NAME), NAME);
        }
        if (ctx.allowPublicKeyRetrieval()) {
            return new byte[] {REQUEST_PUBLIC_KEY};
        }
        throw RsaPassword.noSecureWay(NAME);
    }

    @Override
    public AuthStep next(byte[] serverData, AuthContext ctx) {
        if (RsaPassword.isPem(serverData)) {
            return AuthStep.send(RsaPassword.encrypt(ctx, new String(serverData, StandardCharsets.US_ASCII), NAME));
        }
        throw new OperationalException(NAME + ": expected the server's public key, got " + serverData.length
                + " other bytes");
    }
}
