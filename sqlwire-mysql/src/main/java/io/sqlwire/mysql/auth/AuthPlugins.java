package io.sqlwire.mysql.auth;

import io.sqlwire.OperationalException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The registry of client-side auth plugins sqlwire implements:
 * {@code mysql_native_password}, {@code caching_sha2_password}, {@code sha256_password},
 * {@code client_ed25519} and {@code mysql_clear_password}.
 */
public final class AuthPlugins {
    private static final List<AuthPlugin> ALL = List.of(NativePasswordPlugin.INSTANCE,
            CachingSha2PasswordPlugin.INSTANCE, Sha256PasswordPlugin.INSTANCE, Ed25519Plugin.INSTANCE,
            ClearPasswordPlugin.INSTANCE);
    private static final Map<String, AuthPlugin> BY_NAME = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(AuthPlugin::name, Function.identity()));

    /** The name of the plugin used when the server names none (pre-4.1 servers, no CLIENT_PLUGIN_AUTH). */
    public static final String DEFAULT = NativePasswordPlugin.NAME;

    private AuthPlugins() {
    }

    /**
     * The plugin named {@code name}.
     *
     * @throws OperationalException when sqlwire has no such plugin, naming it and the ones it has
     */
    public static AuthPlugin byName(String name) {
        return find(name).orElseThrow(() -> new OperationalException("the server asks for authentication plugin '"
                + name + "', which sqlwire does not implement (it has " + String.join(", ", names()) + ")"));
    }

    /** The plugin named {@code name}, if sqlwire has it. */
    public static Optional<AuthPlugin> find(String name) {
        return Optional.ofNullable(name == null ? null : BY_NAME.get(name));
    }

    /** The names of all plugins, in a fixed order. */
    public static List<String> names() {
        return ALL.stream().map(AuthPlugin::name).toList();
    }
}
