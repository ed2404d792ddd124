package io.sqlwire.mysql.auth;

/**
 * {@code mysql_native_password}: the response is
 * {@code SHA1(password) XOR SHA1(seed20 + SHA1(SHA1(password)))}, or empty for an empty password.
 * The server sends nothing more before OK or ERR.
 */
final class NativePasswordPlugin implements AuthPlugin {
    static final String NAME = "mysql_native_password";
    static final NativePasswordPlugin INSTANCE = new NativePasswordPlugin();

    private NativePasswordPlugin() {
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
        byte[] stage1 = Digests.sha1(pw);
        byte[] stage2 = Digests.sha1(stage1);
        return Digests.xor(stage1, Digests.sha1(ctx.seed(20), stage2));
    }

    @Override
    public AuthStep next(byte[] serverData, AuthContext ctx) {
        // The server has nothing more to ask; some proxies resend the scramble, answer it again.
        return serverData.length >= 20 ? AuthStep.send(firstResponse(ctx.withSeed(serverData)))
                : AuthStep.awaitServer();
    }
}
