package io.sqlwire.mysql.auth;

import io.sqlwire.OperationalException;
import java.nio.charset.StandardCharsets;

/**
 * {@code caching_sha2_password}, MySQL 8's default.
 * <pre>
 * client: XOR(SHA256(pw), SHA256(SHA256(SHA256(pw)) + seed20))     fast-auth scramble (empty pw: empty)
 * server: 0x01 0x03                                                  fast auth OK, an OK packet follows
 *     or: 0x01 0x04                                                  full auth needed:
 *   TLS or Unix socket: client sends pw + NUL
 *   otherwise with server_public_key: client sends RSA-OAEP((pw + NUL) XOR seed)
 *   otherwise with allow_public_key_retrieval: client sends 0x02, server answers 0x01 + PEM key,
 *           client sends RSA-OAEP((pw + NUL) XOR seed)
 *   otherwise: refused, naming the options
 * </pre>
 */
final class CachingSha2PasswordPlugin implements AuthPlugin {
    static final String NAME = "caching_sha2_password";
    static final CachingSha2PasswordPlugin INSTANCE = new CachingSha2PasswordPlugin();

    private static final int FAST_AUTH_OK = 0x03;
    private static final int PERFORM_FULL_AUTH = 0x04;
    private static final byte REQUEST_PUBLIC_KEY = 0x02;

    private CachingSha2PasswordPlugin() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public byte[] firstResponse(AuthContext ctx) {
        byte[] pw = Digests.passwordBytes(ctx.password());
        if (pw.length == 0) {
            return new byte[0];
        }
        byte[] h1 = Digests.sha256(pw);
        byte[] h2 = Digests.sha256(Digests.sha256(h1), ctx.seed(20));
        return Digests.xor(h1, h2);
    }

    @Override
    public AuthStep next(byte[] serverData, AuthContext ctx) {
        if (serverData.length == 1 && serverData[0] == FAST_AUTH_OK) {
            return AuthStep.awaitServer();
        }
        if (serverData.length == 1 && serverData[0] == PERFORM_FULL_AUTH) {
            return fullAuth(ctx);
        }
        if (RsaPassword.isPem(serverData)) {
            return AuthStep.send(RsaPassword.encrypt(ctx, new String(serverData, StandardCharsets.US_ASCII), NAME));
        }
        throw new OperationalException(NAME + ": unexpected data from the server (" + serverData.length
                + " bytes, first byte 0x" + (serverData.length == 0 ? "--" : Integer.toHexString(serverData[0] & 0xFF))
                + ")");
    }

    private static AuthStep fullAuth(AuthContext ctx) {
        if (ctx.secureTransport()) {
            return AuthStep.send(Digests.nulTerminated(ctx.password()));
        }
        if (ctx.serverPublicKeyFile() != null) {
            return AuthStep.send(RsaPassword.encrypt(ctx, RsaPassword.readKeyFile(ctx, NAME), NAME));
        }
        if (ctx.allowPublicKeyRetrieval()) {
            return AuthStep.send(new byte[] {REQUEST_PUBLIC_KEY});
        }
        throw RsaPassword.noSecureWay(NAME);
    }
}
