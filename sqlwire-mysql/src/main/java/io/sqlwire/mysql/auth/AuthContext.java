package io.sqlwire.mysql.auth;

import io.sqlwire.ConnectOptions;
import io.sqlwire.Secret;
import io.sqlwire.core.options.CoreOptions;
import io.sqlwire.core.options.MysqlOptions;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * Everything an {@link AuthPlugin} may need, for one authentication exchange. Immutable;
 * {@link #toString()} never shows the password or the seed.
 *
 * @param password the password; {@code null} is the empty password
 * @param seed the scramble: the 20 bytes of HandshakeV10's auth-plugin-data, or the plugin data of
 *     an AuthSwitchRequest as sent (a trailing NUL may be present; plugins take the length they
 *     need from the front)
 * @param tls whether the transport is TLS
 * @param unixSocket whether the transport is a Unix socket, which the server also counts as secure
 * @param serverPublicKeyFile the PEM file with the server's RSA public key ({@code server_public_key}),
 *     or {@code null}
 * @param allowPublicKeyRetrieval whether the server's RSA key may be asked for without TLS
 *     ({@code allow_public_key_retrieval})
 * @param allowCleartextPassword whether {@code mysql_clear_password} may send the password without
 *     TLS ({@code allow_cleartext_password})
 */
public record AuthContext(
        Secret password,
        byte[] seed,
        boolean tls,
        boolean unixSocket,
        Path serverPublicKeyFile,
        boolean allowPublicKeyRetrieval,
        boolean allowCleartextPassword) {

    public AuthContext {
        seed = Objects.requireNonNull(seed, "seed").clone();
    }

    /** A context with the password and seed only: no TLS, no key, nothing opted in. */
    public static AuthContext of(Secret password, byte[] seed) {
        return new AuthContext(password, seed, false, false, null, false, false);
    }

    /**
     * The context for a connection: the password and the three auth options are read from
     * {@code options} ({@code password}, {@code server_public_key}, {@code allow_public_key_retrieval},
     * {@code allow_cleartext_password}).
     *
     * @param seed the greeting's auth-plugin-data
     * @param tls whether the transport was upgraded to TLS
     * @param unixSocket whether the transport is a Unix socket
     */
    public static AuthContext fromOptions(ConnectOptions options, byte[] seed, boolean tls, boolean unixSocket) {
        String keyFile = MysqlOptions.SERVER_PUBLIC_KEY.get(options);
        return new AuthContext(CoreOptions.PASSWORD.get(options), seed, tls, unixSocket,
                keyFile == null || keyFile.isBlank() ? null : Path.of(keyFile),
                Boolean.TRUE.equals(MysqlOptions.ALLOW_PUBLIC_KEY_RETRIEVAL.get(options)),
                Boolean.TRUE.equals(MysqlOptions.ALLOW_CLEARTEXT_PASSWORD.get(options)));
    }

    /** This context with another seed, for the plugin data of an AuthSwitchRequest. */
    public AuthContext withSeed(byte[] newSeed) {
        return new AuthContext(password, newSeed, tls, unixSocket, serverPublicKeyFile, allowPublicKeyRetrieval,
                allowCleartextPassword);
    }

    /** This context with the transport's security as given. */
    public AuthContext withTransport(boolean isTls, boolean isUnixSocket) {
        return new AuthContext(password, seed, isTls, isUnixSocket, serverPublicKeyFile, allowPublicKeyRetrieval,
                allowCleartextPassword);
    }

    /** This context with the RSA and cleartext options as given. */
    public AuthContext withOptions(Path publicKeyFile, boolean allowRetrieval, boolean allowCleartext) {
        return new AuthContext(password, seed, tls, unixSocket, publicKeyFile, allowRetrieval, allowCleartext);
    }

    @Override
    public byte[] seed() {
        return seed.clone();
    }

    /** The first {@code n} bytes of the seed (the scramble without AuthSwitchRequest's trailing NUL). */
    byte[] seed(int n) {
        if (seed.length < n) {
            throw new io.sqlwire.OperationalException("the server's scramble has " + seed.length
                    + " bytes; the authentication plugin needs " + n);
        }
        return Arrays.copyOf(seed, n);
    }

    /** Whether the password may travel in clear: TLS or a Unix socket keeps it off the network. */
    boolean secureTransport() {
        return tls || unixSocket;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuthContext c && Objects.equals(password, c.password) && Arrays.equals(seed, c.seed)
                && tls == c.tls && unixSocket == c.unixSocket
                && Objects.equals(serverPublicKeyFile, c.serverPublicKeyFile)
                && allowPublicKeyRetrieval == c.allowPublicKeyRetrieval
                && allowCleartextPassword == c.allowCleartextPassword;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(seed), tls, unixSocket, serverPublicKeyFile);
    }

    @Override
    public String toString() {
        return "AuthContext[password=********, seed=" + seed.length + " bytes, tls=" + tls + ", unixSocket="
                + unixSocket + ", serverPublicKeyFile=" + serverPublicKeyFile + ", allowPublicKeyRetrieval="
                + allowPublicKeyRetrieval + ", allowCleartextPassword=" + allowCleartextPassword + "]";
    }
}
