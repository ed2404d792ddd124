package io.sqlwire.postgres.auth;

import io.sqlwire.ConnectOptions;
import io.sqlwire.InvalidOptionException;
import io.sqlwire.OperationalException;
import io.sqlwire.core.options.PostgresOptions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * libpq's {@code require_auth}: which authentication methods the server may use.
 *
 * <p>A plain list ({@code scram-sha-256,md5}) allows exactly those methods; {@code none} in it
 * allows a server that asks for nothing. A negated list ({@code !password,!md5}) allows everything
 * except those. Mixing negated and plain items is an error, as is naming a method twice. Unset means
 * every method is allowed.
 *
 * <p>The protocol calls {@link #check(AuthMethod)} when the server asks for a method and
 * {@link #checkComplete(AuthMethod)} at AuthenticationOk with the method that was used
 * ({@link AuthMethod#NONE} when the server asked for nothing).
 */
public final class RequireAuth {

    /** Every method allowed (require_auth unset). */
    public static final RequireAuth ANY = new RequireAuth(EnumSet.allOf(AuthMethod.class), null);

    private final Set<AuthMethod> allowed;
    private final String text;

    private RequireAuth(Set<AuthMethod> allowed, String text) {
        this.allowed = allowed;
        this.text = text;
    }

    /** The {@code require_auth} of {@code options}, or {@link #ANY} when unset. */
    public static RequireAuth from(ConnectOptions options) {
        List<String> v = PostgresOptions.REQUIRE_AUTH.find(options).orElse(null);
        return v == null || v.isEmpty() ? ANY : parse(String.join(",", v));
    }

    /**
     * Parses a {@code require_auth} value.
     *
     * @throws InvalidOptionException naming the value when a method is unknown, repeated, or negated
     *     and plain methods are mixed
     */
    public static RequireAuth parse(String value) {
        EnumSet<AuthMethod> listed = EnumSet.noneOf(AuthMethod.class);
        int negated = 0;
        String[] items = value.split(",", -1);
        for (String raw : items) {
            String item = raw.strip();
            boolean neg = item.startsWith("!");
            AuthMethod m = AuthMethod.ofKeyword(neg ? item.substring(1) : item);
            if (m == null) {
                throw invalid(value, "unknown method \"" + item + "\" (expected password, md5, gss, sspi, "
                        + "scram-sha-256, oauth or none, each may be negated with !)");
            }
            if (!listed.add(m)) {
                throw invalid(value, "method \"" + m.keyword() + "\" is listed more than once");
            }
            negated += neg ? 1 : 0;
        }
        if (negated != 0 && negated != items.length) {
            throw invalid(value, "negated (!) and plain methods cannot be mixed");
        }
        Set<AuthMethod> allowed = negated == 0 ? listed : EnumSet.complementOf(listed);
        return new RequireAuth(allowed, value);
    }

    private static InvalidOptionException invalid(String value, String why) {
        return new InvalidOptionException("require_auth", "invalid value \"" + value + "\" for require_auth: " + why);
    }

    /** Whether the server may use {@code method}. */
    public boolean allows(AuthMethod method) {
        return allowed.contains(method);
    }

    /**
     * Called when the server asks for {@code requested}.
     *
     * @throws OperationalException {@code server requested md5 authentication, but require_auth=scram-sha-256}
     */
    public void check(AuthMethod requested) {
        if (requested != AuthMethod.NONE && !allows(requested)) {
            throw new OperationalException("server requested " + requested.keyword()
                    + " authentication, but require_auth=" + text);
        }
    }

    /**
     * Called at AuthenticationOk with the method that was used, {@link AuthMethod#NONE} when the
     * server asked for nothing.
     *
     * @throws OperationalException when that method is not allowed
     */
    public void checkComplete(AuthMethod used) {
        if (used == AuthMethod.NONE && !allows(AuthMethod.NONE)) {
            throw new OperationalException("server accepted the connection without authentication, but "
                    + "require_auth=" + text + " does not allow none");
        }
        check(used);
    }

    @Override
    public String toString() {
        return text == null ? "require_auth (any)" : "require_auth=" + text;
    }
}
