package io.sqlwire;

import java.util.List;

/**
 * An open session with one database server, in the style of DB-API 2.0.
 *
 * <p><b>Autocommit is off by default</b>, as in DB-API, psycopg and aiomysql: the first statement
 * opens a transaction, which stays open until {@link #commit()} or {@link #rollback()}. Closing a
 * connection with a transaction open rolls it back. Set the option {@code autocommit=true} or call
 * {@link #setAutocommit(boolean)} to make every statement commit on its own.
 *
 * <p>A connection is not meant to be used by two threads at once, but it is safe to hand between
 * threads, including virtual threads: no method pins its carrier thread while waiting on I/O.
 */
public interface Connection extends AutoCloseable {

    /** A new cursor on this connection. */
    Cursor cursor();

    /**
     * Executes one statement and returns its row count (-1 when the statement reports none).
     * Rows the statement returns are discarded; use {@link #query} to read them.
     */
    long execute(String sql, Object... params);

    /** Executes a query and returns all its rows. */
    List<Row> query(String sql, Object... params);

    /** Executes a query and returns its first row, or {@code null} when it returns none. */
    Row queryOne(String sql, Object... params);

    /** Commits the current transaction; a no-op when none is open. */
    void commit();

    /** Rolls back the current transaction; a no-op when none is open. */
    void rollback();

    /** Whether every statement commits on its own. Defaults to {@code false}. */
    boolean autocommit();

    /** Turns autocommit on or off. Turning it on commits an open transaction first, as psycopg does. */
    void setAutocommit(boolean autocommit);

    /**
     * Starts a transaction block. Closing the returned handle rolls back unless
     * {@link Transaction#commit()} was called:
     * <pre>{@code
     * try (Transaction tx = conn.transaction()) {
     *     conn.execute("insert into t values (?)", 1);
     *     tx.commit();
     * }
     * }</pre>
     */
    Transaction transaction();

    /** Starts a transaction block with an isolation level, read-only or deferrable mode. */
    Transaction transaction(TransactionOptions options);

    /**
     * Checks that the server answers, with one round trip.
     *
     * @throws OperationalException when the connection is lost
     */
    void ping();

    /**
     * Replaces the session with a new one to the same hosts, with the same options.
     *
     * @throws InterfaceException inside an open transaction, whose work would be lost
     */
    void reconnect();

    /**
     * Switches to another identity. On failure the current session stays as it was.
     *
     * @param database the database to use, or {@code null} to keep the current one
     */
    void changeUser(String user, String password, String database);

    /** Makes {@code name} the current database (schema, for MySQL). */
    void selectDatabase(String name);

    /** The warnings and notices the last statement raised; empty when there were none. */
    List<Warning> warnings();

    /** {@code value} as an SQL literal for this backend: quoted, escaped, or {@code NULL}. */
    String literal(Object value);

    /** {@code value} with the characters that must be escaped inside a quoted string literal escaped, without the quotes. */
    String escapeString(String value);

    /** The canonical backend name: {@code postgresql}, {@code mysql} or {@code sqlite}. */
    String backend();

    /** The host this session is connected to, or {@code null} for SQLite. */
    String host();

    /** The port this session is connected to, or 0 for SQLite. */
    int port();

    /** The user this session is logged in as, or {@code null} for SQLite. */
    String user();

    /** The current database, or for SQLite the database file ({@code :memory:} for an in-memory one). */
    String database();

    /** The server's version string, as the server reports it. */
    String serverVersion();

    /** The options this connection was opened with (secrets stay hidden in their {@code toString()}). */
    ConnectOptions options();

    /** Whether {@link #close()} was called or the session was lost. */
    boolean isClosed();

    /** Closes the session, rolling back an open transaction. Calling it again does nothing. */
    @Override
    void close();
}
