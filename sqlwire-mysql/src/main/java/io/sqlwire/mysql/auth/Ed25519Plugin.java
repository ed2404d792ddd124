package io.sqlwire.mysql.auth;

/**
 * MariaDB's {@code client_ed25519}: the server sends a 32-byte random scramble, the client answers
 * with the 64-byte Ed25519 signature of it, made with the key expanded as
 * {@code SHA-512(password)} (see {@link Ed25519} for why the JDK's EdDSA cannot do this).
 *
 * <p>The scramble comes in an AuthSwitchRequest (32 bytes of plugin data) when the greeting named
 * another plugin. When this plugin answers the greeting itself, the greeting's 20-byte scramble is
 * too short: the first response is empty and the server sends the 32 bytes as AuthMoreData.
 */
final class Ed25519Plugin implements AuthPlugin {
    static final String NAME = "client_ed25519";
    static final Ed25519Plugin INSTANCE = new Ed25519Plugin();
    private static final int NONCE_LENGTH = 32;

    private Ed25519Plugin() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public byte[] firstResponse(AuthContext ctx) {
        if (ctx.seed().length < NONCE_LENGTH) {
            return new byte[0];
        }
        return sign(ctx);
    }

    @Override
    public AuthStep next(byte[] serverData, AuthContext ctx) {
        return AuthStep.send(sign(ctx.withSeed(serverData)));
    }

    private static byte[] sign(AuthContext ctx) {
        return Ed25519.sign(Digests.sha512(Digests.passwordBytes(ctx.password())), ctx.seed(NONCE_LENGTH));
    }

    /** The public key MariaDB stores for {@code password} (the base64 in mysql.global_priv). */
    static byte[] publicKeyFor(io.sqlwire.Secret password) {
        return Ed25519.publicKey(Digests.sha512(Digests.passwordBytes(password)));
    }
}
