package io.sqlwire.mysql.protocol;

/**
 * Capability flags of the handshake. The low 32 bits are the server's capability words; bits 32
 * and up are MariaDB's extended capabilities, which MariaDB sends only when it clears
 * {@link #CLIENT_MYSQL}.
 */
public final class Capabilities {
    /** Set by MySQL (as CLIENT_LONG_PASSWORD); cleared by MariaDB 10.2+, which then sends extended capabilities. */
    public static final long CLIENT_MYSQL = 1L;
    public static final long CLIENT_PROTOCOL_41 = 1L << 9;
    public static final long CLIENT_SSL = 1L << 11;
    public static final long CLIENT_SECURE_CONNECTION = 1L << 15;
    public static final long CLIENT_PLUGIN_AUTH = 1L << 19;

    private Capabilities() {
    }
}
