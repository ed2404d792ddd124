package io.sqlwire.mysql.protocol.packet.server;

import io.sqlwire.OperationalException;
import io.sqlwire.mysql.protocol.Capabilities;
import io.sqlwire.mysql.protocol.PayloadReader;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Protocol::HandshakeV10, the server's greeting:
 * <pre>
 * int&lt;1&gt;      protocol version, 10
 * string&lt;NUL&gt; server version (MariaDB before 11.0 prefixes "5.5.5-")
 * int&lt;4&gt;      connection id
 * string[8]   auth-plugin-data, part 1
 * int&lt;1&gt;      filler 0x00
 * int&lt;2&gt;      capability flags, lower 2 bytes
 *   -- the rest only when more data follows --
 * int&lt;1&gt;      character set (collation id)
 * int&lt;2&gt;      status flags
 * int&lt;2&gt;      capability flags, upper 2 bytes
 * int&lt;1&gt;      auth-plugin-data length if CLIENT_PLUGIN_AUTH, else 0
 * string[6]   reserved
 * int&lt;4&gt;      MariaDB extended capabilities if CLIENT_MYSQL is clear, else reserved
 * string[n]   auth-plugin-data part 2 if CLIENT_SECURE_CONNECTION, n = max(13, length - 8), NUL last
 * string&lt;NUL&gt; auth plugin name if CLIENT_PLUGIN_AUTH (a few MySQL 5.5 versions omit the NUL)
 * </pre>
 *
 * @param protocolVersion always 10
 * @param serverVersion the version string as sent, e.g. {@code 5.5.5-10.11.19-MariaDB-0+deb12u1-log}
 * @param connectionId the server's thread id for this connection
 * @param authPluginData the scramble: part 1 and part 2 joined, without the trailing NUL (20 bytes usually)
 * @param capabilities the 32 capability bits; MariaDB's extended capabilities in bits 32 to 63
 * @param characterSet the server's default collation id, or 0 when not sent
 * @param statusFlags the status flags, or 0 when not sent
 * @param authPluginName the default auth plugin, or {@code null} without CLIENT_PLUGIN_AUTH
 */
public record HandshakeV10(
        int protocolVersion,
        String serverVersion,
        long connectionId,
        byte[] authPluginData,
        long capabilities,
        int characterSet,
        int statusFlags,
        String authPluginName) implements ServerPacket {

    /** The only protocol version sqlwire speaks. */
    public static final int PROTOCOL_VERSION = 10;
    private static final String MARIADB_PREFIX = "5.5.5-";

    public HandshakeV10 {
        authPluginData = authPluginData.clone();
    }

    /** Decodes a greeting payload (the packet without its 4-byte frame header). */
    public static HandshakeV10 decode(byte[] payload) {
        PayloadReader r = new PayloadReader(payload, "HandshakeV10");
        int version = r.readUInt8("protocol version");
        if (version != PROTOCOL_VERSION) {
            throw new OperationalException("the server speaks protocol version " + version
                    + "; sqlwire speaks version 10 (MySQL 4.1 and later, all MariaDB versions)");
        }
        String serverVersion = r.readNulTerminated("server version");
        long connectionId = r.readUInt32("connection id");
        byte[] part1 = r.readBytes(8, "auth-plugin-data part 1");
        r.skip(1, "filler");
        long caps = r.readUInt16("capability flags (lower)");
        if (!r.hasRemaining()) {
            return new HandshakeV10(version, serverVersion, connectionId, part1, caps, 0, 0, null);
        }
        int charset = r.readUInt8("character set");
        int status = r.readUInt16("status flags");
        caps |= (long) r.readUInt16("capability flags (upper)") << 16;
        int authDataLength = r.readUInt8("auth-plugin-data length");
        r.skip(6, "reserved bytes");
        long extended = r.readUInt32("MariaDB extended capabilities");
        if ((caps & Capabilities.CLIENT_MYSQL) == 0) {
            caps |= extended << 32;
        }
        byte[] scramble = part1;
        if ((caps & Capabilities.CLIENT_SECURE_CONNECTION) != 0) {
            byte[] part2 = r.readBytes(Math.max(13, authDataLength - 8), "auth-plugin-data part 2");
            int len = part2[part2.length - 1] == 0 ? part2.length - 1 : part2.length;
            scramble = Arrays.copyOf(part1, 8 + len);
            System.arraycopy(part2, 0, scramble, 8, len);
        }
        String plugin = null;
        if ((caps & Capabilities.CLIENT_PLUGIN_AUTH) != 0) {
            plugin = r.hasNulAhead() ? r.readNulTerminated("auth plugin name") : r.readRestAsString();
        }
        return new HandshakeV10(version, serverVersion, connectionId, scramble, caps, charset, status, plugin);
    }

    @Override
    public byte[] authPluginData() {
        return authPluginData.clone();
    }

    /** Whether the server is MariaDB (it clears CLIENT_MYSQL, or names itself in the version). */
    public boolean isMariaDb() {
        return (capabilities & Capabilities.CLIENT_MYSQL) == 0 || serverVersion.contains("MariaDB");
    }

    /** Whether every bit of {@code flag} (from {@link Capabilities}) is set. */
    public boolean has(long flag) {
        return (capabilities & flag) == flag;
    }

    /** The version without MariaDB's {@code 5.5.5-} compatibility prefix. */
    public String version() {
        return isMariaDb() && serverVersion.startsWith(MARIADB_PREFIX)
                ? serverVersion.substring(MARIADB_PREFIX.length()) : serverVersion;
    }

    /** {@code MariaDB 10.11.19-MariaDB-0+deb12u1} or {@code MySQL 8.0.36}. */
    public String describe() {
        return (isMariaDb() ? "MariaDB " : "MySQL ") + version();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HandshakeV10 h && protocolVersion == h.protocolVersion
                && serverVersion.equals(h.serverVersion) && connectionId == h.connectionId
                && Arrays.equals(authPluginData, h.authPluginData) && capabilities == h.capabilities
                && characterSet == h.characterSet && statusFlags == h.statusFlags
                && java.util.Objects.equals(authPluginName, h.authPluginName);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(serverVersion, connectionId, Arrays.hashCode(authPluginData), capabilities);
    }

    @Override
    public String toString() {
        return "HandshakeV10[protocolVersion=" + protocolVersion + ", serverVersion=" + serverVersion
                + ", connectionId=" + connectionId + ", authPluginData=" + HexFormat.of().formatHex(authPluginData)
                + ", capabilities=0x" + Long.toHexString(capabilities) + ", characterSet=" + characterSet
                + ", statusFlags=0x" + Integer.toHexString(statusFlags) + ", authPluginName=" + authPluginName + "]";
    }
}
