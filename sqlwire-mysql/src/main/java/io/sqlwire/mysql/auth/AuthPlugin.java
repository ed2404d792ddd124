package io.sqlwire.mysql.auth;

/**
 * A client-side authentication plugin: pure functions from the server's challenge to the bytes
 * the client answers with. Plugins know nothing of packets or sockets; the protocol layer frames
 * what they return. Implementations are stateless singletons (whatever a later step needs is in
 * the server's data or the {@link AuthContext}), so they are thread-safe.
 *
 * <p>How the connection phase drives a plugin:
 * <ol>
 * <li>Pick the plugin: {@link AuthPlugins#byName(String)} with the HandshakeV10 plugin name (or the
 *     user's {@code auth_plugin} option), and build an {@link AuthContext} with the 20-byte scramble
 *     of the greeting.
 * <li>Put {@link #firstResponse(AuthContext)} into HandshakeResponse41 (auth-response field) along
 *     with {@link #name()} as the client plugin name.
 * <li>Read the server's reply:
 *   <ul>
 *   <li>OK: done. ERR: login failed.
 *   <li>AuthSwitchRequest (0xFE, plugin name, plugin data): switch to
 *       {@code AuthPlugins.byName(pluginName)}, take {@code ctx.withSeed(pluginData)} and send
 *       {@link #firstResponse(AuthContext)} of the new plugin as the next packet.
 *   <li>AuthMoreData (0x01, data): call {@link #next(byte[], AuthContext)} with the data after the
 *       0x01 byte; on {@link AuthStep.Send} send the bytes as the next packet, on
 *       {@link AuthStep.AwaitServer} send nothing; then read again.
 *   </ul>
 * </ol>
 */
public interface AuthPlugin {

    /** The plugin name as on the wire, e.g. {@code mysql_native_password}. */
    String name();

    /**
     * The auth response for the HandshakeResponse41 or the reply to an AuthSwitchRequest, computed
     * from {@link AuthContext#seed()}. May be empty (an empty password, or a plugin that waits for
     * more data from the server).
     *
     * @throws io.sqlwire.OperationalException when the plugin refuses to send the password over
     *     this transport, naming the options that would allow it
     */
    byte[] firstResponse(AuthContext ctx);

    /**
     * The answer to an AuthMoreData packet.
     *
     * @param serverData the packet's payload without its leading 0x01 status byte
     * @throws io.sqlwire.OperationalException as {@link #firstResponse}, or when the server's data
     *     is not what the plugin expects
     */
    AuthStep next(byte[] serverData, AuthContext ctx);
}
