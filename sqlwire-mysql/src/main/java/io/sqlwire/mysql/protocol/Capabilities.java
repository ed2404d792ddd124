package io.sqlwire.mysql.protocol;

/**
 * Capability flags of the handshake. The low 32 bits are the server's capability words; bits 32
 * and up are MariaDB's extended capabilities, which MariaDB sends only when it clears
 * {@link #CLIENT_MYSQL}.
 */
public final class Capabilities {
    /** Set by MySQL (as CLIENT_LONG_PASSWORD); cleared by MariaDB 10.2+, which then sends extended capabilities. */
    public static final long CLIENT_MYSQL = 1L;
    public static final long CLIENT_FOUND_ROWS = 1L << 1;
    public static final long CLIENT_LONG_FLAG = 1L << 2;
    public static final long CLIENT_CONNECT_WITH_DB = 1L << 3;
    public static final long CLIENT_COMPRESS = 1L << 5;
    public static final long CLIENT_LOCAL_FILES = 1L << 7;
    public static final long CLIENT_PROTOCOL_41 = 1L << 9;
    public static final long CLIENT_INTERACTIVE = 1L << 10;
    public static final long CLIENT_SSL = 1L << 11;
    public static final long CLIENT_TRANSACTIONS = 1L << 13;
    public static final long CLIENT_SECURE_CONNECTION = 1L << 15;
    public static final long CLIENT_MULTI_STATEMENTS = 1L << 16;
    public static final long CLIENT_MULTI_RESULTS = 1L << 17;
    public static final long CLIENT_PS_MULTI_RESULTS = 1L << 18;
    public static final long CLIENT_PLUGIN_AUTH = 1L << 19;
    public static final long CLIENT_CONNECT_ATTRS = 1L << 20;
    public static final long CLIENT_PLUGIN_AUTH_LENENC_CLIENT_DATA = 1L << 21;
    public static final long CLIENT_CAN_HANDLE_EXPIRED_PASSWORDS = 1L << 22;
    public static final long CLIENT_SESSION_TRACK = 1L << 23;
    public static final long CLIENT_DEPRECATE_EOF = 1L << 24;
    public static final long MARIADB_CLIENT_PROGRESS = 1L << 32;
    public static final long MARIADB_CLIENT_STMT_BULK_OPERATIONS = 1L << 34;
    public static final long MARIADB_CLIENT_EXTENDED_METADATA = 1L << 35;
    public static final long MARIADB_CLIENT_CACHE_METADATA = 1L << 36;

    /** What sqlwire asks for on every connection, when the server offers it. */
    public static final long CLIENT_DEFAULT = CLIENT_MYSQL | CLIENT_LONG_FLAG | CLIENT_PROTOCOL_41
            | CLIENT_TRANSACTIONS | CLIENT_SECURE_CONNECTION | CLIENT_MULTI_STATEMENTS | CLIENT_MULTI_RESULTS
            | CLIENT_PS_MULTI_RESULTS | CLIENT_PLUGIN_AUTH | CLIENT_CONNECT_ATTRS
            | CLIENT_PLUGIN_AUTH_LENENC_CLIENT_DATA | CLIENT_SESSION_TRACK | CLIENT_DEPRECATE_EOF
            | MARIADB_CLIENT_STMT_BULK_OPERATIONS;

    /** The capabilities the server needs for sqlwire to talk to it at all. */
    public static final long REQUIRED = CLIENT_PROTOCOL_41 | CLIENT_SECURE_CONNECTION | CLIENT_PLUGIN_AUTH;

    private Capabilities() {
    }

    /** Whether every bit of {@code flag} is set in {@code caps}. */
    public static boolean has(long caps, long flag) {
        return (caps & flag) == flag;
    }
}
