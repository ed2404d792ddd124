package io.sqlwire.mysql.session;

import io.sqlwire.InterfaceException;
import io.sqlwire.InternalException;
import io.sqlwire.OperationalException;
import io.sqlwire.SqlwireException;
import io.sqlwire.core.transport.Transport;
import io.sqlwire.core.transport.TransportException;
import io.sqlwire.mysql.protocol.PacketChannel;
import io.sqlwire.mysql.protocol.ServerStatus;
import io.sqlwire.mysql.protocol.UnsolicitedErrorException;
import io.sqlwire.mysql.protocol.packet.client.ClientPacket;
import io.sqlwire.mysql.protocol.Capabilities;
import io.sqlwire.mysql.protocol.packet.client.ComQuery;
import io.sqlwire.mysql.protocol.packet.client.ComStmtClose;
import io.sqlwire.mysql.protocol.packet.client.ComStmtExecute;
import io.sqlwire.mysql.protocol.packet.client.ComStmtBulkExecute;
import io.sqlwire.mysql.protocol.packet.client.ComStmtPrepare;
import io.sqlwire.mysql.protocol.packet.server.ColumnDefinition41;
import io.sqlwire.mysql.protocol.packet.server.ComStmtPrepareOk;
import io.sqlwire.mysql.protocol.packet.server.EofPacket;
import io.sqlwire.mysql.protocol.packet.client.ComQuit;
import io.sqlwire.mysql.protocol.packet.server.ErrPacket;
import io.sqlwire.mysql.protocol.packet.server.HandshakeV10;
import io.sqlwire.mysql.protocol.packet.server.OkPacket;
import io.sqlwire.mysql.protocol.packet.server.ServerPacket;
import io.sqlwire.mysql.protocol.packet.server.SessionStateChange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One logged-in MySQL/MariaDB session over a {@link Transport}: sends commands and reads their
 * answers, keeps the server status flags and tracked session state, and guarantees the session is
 * never left out of sync. A result still streaming when the next command comes is drained first;
 * any I/O failure, malformed packet or sequence error closes the transport for good.
 *
 * <p>Every method takes the session's {@link ReentrantLock}, never {@code synchronized}, so a
 * virtual thread blocked on the socket does not pin its carrier.
 */
public final class MySqlSession implements AutoCloseable {

    private final ReentrantLock lock = new ReentrantLock();
    private final Transport transport;
    private final PacketChannel channel;
    private final HandshakeV10 greeting;
    private final long capabilities;
    private long commandsSent;
    private long roundTrips;
    private static final long LAST_PREPARED = 0xFFFF_FFFFL;
    private volatile int status;
    private String database;
    private String user;
    private ResultStream active;
    private volatile boolean broken;
    private final LocalInfilePolicy localInfile;
    // character_set_client: utf8mb4 from the handshake until SET NAMES changes it
    private volatile java.nio.charset.Charset textCharset = java.nio.charset.StandardCharsets.UTF_8;

    MySqlSession(Transport transport, PacketChannel channel, Handshake.Result hs, MySqlSettings settings) {
        this.transport = transport;
        this.channel = channel;
        this.greeting = hs.greeting();
        this.capabilities = hs.capabilities();
        this.status = hs.ok().statusFlags();
        this.database = settings.database();
        this.user = settings.user();
        this.localInfile = settings.localInfile();
        apply(hs.ok());
    }

    public HandshakeV10 greeting() {
        return greeting;
    }

    public long capabilities() {
        return capabilities;
    }

    /** The server status flags of the last OK or EOF. */
    public int status() {
        return status;
    }

    public boolean inTransaction() {
        return ServerStatus.has(status, ServerStatus.IN_TRANS);
    }

    public boolean serverAutocommit() {
        return ServerStatus.has(status, ServerStatus.AUTOCOMMIT);
    }

    public boolean noBackslashEscapes() {
        return ServerStatus.has(status, ServerStatus.NO_BACKSLASH_ESCAPES);
    }

    /** The charset statements are sent in (the session's character_set_client). */
    public java.nio.charset.Charset textCharset() {
        return textCharset;
    }

    /** Records a SET NAMES that succeeded: statements are sent in this charset from now on. */
    public void textCharset(java.nio.charset.Charset charset) {
        this.textCharset = charset;
    }

    /** The current database as the session tracker or the commands reported it, or {@code null}. */
    public String database() {
        return database;
    }

    public String user() {
        return user;
    }

    public Transport transport() {
        return transport;
    }

    /** Whether the session can no longer be used (lost, out of sync or closed). */
    public boolean isBroken() {
        return broken || !transport.isOpen();
    }

    LocalInfilePolicy localInfile() {
        return localInfile;
    }

    /** The lock around every use of the session. */
    public ReentrantLock lock() {
        return lock;
    }

    /**
     * Sends COM_QUERY and reads up to the first result: an OK, or a result set's columns.
     *
     * @throws SqlwireException the server's error for the first statement
     */
    public ResultStream query(String sql) {
        lock.lock();
        try {
            prepareCommand();
            send(new ComQuery(sql, textCharset));
            ResultStream stream = new ResultStream(this, capabilities, false);
            stream.sentSql(sql);
            active = stream;
            stream.advance();
            return stream;
        } finally {
            lock.unlock();
        }
    }

    /**
     * COM_STMT_PREPARE: the statement id and its parameter and column definitions.
     *
     * @throws SqlwireException the server's error (a syntax error, a statement that cannot be prepared)
     */
    public PreparedStatement prepare(String sql) {
        lock.lock();
        try {
            prepareCommand();
            send(new ComStmtPrepare(sql, textCharset));
            byte[] first = receive();
            if (first.length > 0 && (first[0] & 0xFF) == ServerPacket.ERR_HEADER) {
                throw serverError(io(() -> ErrPacket.decode(first)));
            }
            ComStmtPrepareOk ok = io(() -> ComStmtPrepareOk.decode(first));
            List<ColumnDefinition41> params = definitions(ok.parameterCount());
            List<ColumnDefinition41> columns = definitions(ok.columnCount());
            return new PreparedStatement(ok.statementId(), sql, params, columns);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The answer to a pipelined COM_STMT_PREPARE + COM_STMT_EXECUTE.
     *
     * @param stream the execution's first result, or {@code null} when it failed
     * @param executeError the execution's error, or {@code null}
     */
    public record Pipelined(PreparedStatement statement, ResultStream stream, SqlwireException executeError) {
    }

    /**
     * MariaDB only: COM_STMT_PREPARE and COM_STMT_EXECUTE of statement id 0xFFFFFFFF ("the statement
     * just prepared") in one write, so a first execution takes one round trip. Reads the
     * PREPARE_OK and its definitions, then the execution's first result.
     *
     * @throws SqlwireException the prepare's error; the execution's answer (an ERR) was read too
     */
    public Pipelined prepareAndExecute(String sql, List<ComStmtExecute.Parameter> parameters) {
        lock.lock();
        try {
            prepareCommand();
            commandsSent += 2;
            roundTrips++;
            io(() -> {
                channel.sendPipelined(List.of(new ComStmtPrepare(sql, textCharset),
                        new ComStmtExecute(LAST_PREPARED, parameters)));
                return null;
            });
            byte[] first = receive();
            if (first.length > 0 && (first[0] & 0xFF) == ServerPacket.ERR_HEADER) {
                SqlwireException error = serverError(io(() -> ErrPacket.decode(first)));
                channel.nextAnswer();
                receive(); // the execution's ERR: there was no statement to run
                throw error;
            }
            ComStmtPrepareOk ok = io(() -> ComStmtPrepareOk.decode(first));
            PreparedStatement ps = new PreparedStatement(ok.statementId(), sql, definitions(ok.parameterCount()),
                    definitions(ok.columnCount()));
            channel.nextAnswer();
            ResultStream stream = new ResultStream(this, capabilities, true);
            active = stream;
            try {
                stream.advance();
            } catch (SqlwireException e) {
                if (isBroken()) {
                    throw e;
                }
                return new Pipelined(ps, null, e);
            }
            return new Pipelined(ps, stream, null);
        } finally {
            lock.unlock();
        }
    }

    /** Whether PREPARE and EXECUTE may go out together (MariaDB's statement id 0xFFFFFFFF). */
    public boolean supportsPipelinedPrepare() {
        return greeting.isMariaDb() && !Capabilities.has(capabilities, Capabilities.CLIENT_MYSQL);
    }

    private List<ColumnDefinition41> definitions(int n) {
        List<ColumnDefinition41> defs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byte[] payload = receive();
            defs.add(io(() -> ColumnDefinition41.decode(payload)));
        }
        if (n > 0 && !Capabilities.has(capabilities, Capabilities.CLIENT_DEPRECATE_EOF)) {
            byte[] eof = receive();
            if (!EofPacket.isEof(eof)) {
                breakSession();
                throw new InternalException("protocol out of sync: no EOF after the definitions of a prepared"
                        + " statement");
            }
        }
        return defs;
    }

    /** COM_STMT_EXECUTE with bound parameters; reads up to the first result, as {@link #query}. */
    public ResultStream execute(PreparedStatement statement, List<ComStmtExecute.Parameter> parameters) {
        lock.lock();
        try {
            prepareCommand();
            send(new ComStmtExecute(statement.id(), parameters));
            ResultStream stream = new ResultStream(this, capabilities, true);
            active = stream;
            stream.advance();
            return stream;
        } finally {
            lock.unlock();
        }
    }

    /** MariaDB's COM_STMT_BULK_EXECUTE; reads its answer, one OK with the total affected rows. */
    public ResultStream bulkExecute(ComStmtBulkExecute packet) {
        lock.lock();
        try {
            prepareCommand();
            send(packet);
            ResultStream stream = new ResultStream(this, capabilities, true);
            active = stream;
            stream.advance();
            stream.drain();
            return stream;
        } finally {
            lock.unlock();
        }
    }

    /** Commands sent on this session so far. */
    public long commandsSent() {
        return commandsSent;
    }

    /** Writes that wait for an answer so far: one per command, one for a pipelined pair. */
    public long roundTrips() {
        return roundTrips;
    }

    /** Whether the server takes COM_STMT_BULK_EXECUTE (MariaDB, negotiated). */
    public boolean supportsBulk() {
        return Capabilities.has(capabilities, Capabilities.MARIADB_CLIENT_STMT_BULK_OPERATIONS);
    }

    /** COM_STMT_CLOSE (no answer); a no-op on a broken session, whose statements died with it. */
    public void closeStatement(PreparedStatement statement) {
        lock.lock();
        try {
            if (isBroken()) {
                return;
            }
            prepareCommand();
            send(new ComStmtClose(statement.id()));
        } finally {
            lock.unlock();
        }
    }

    /** Runs a statement to its end, discarding any rows; returns the last OK. */
    public OkPacket execute(String sql) {
        ResultStream s = query(sql);
        s.drain();
        return s.lastOk();
    }

    /**
     * Sends a command whose answer is OK or ERR (COM_PING, COM_INIT_DB, COM_RESET_CONNECTION).
     *
     * @throws SqlwireException the server's error
     */
    public OkPacket simpleCommand(ClientPacket command, String name) {
        lock.lock();
        try {
            prepareCommand();
            send(command);
            ServerPacket answer = io(() -> ServerPacket.decodeOkOrErr(channel.receive(), capabilities, name));
            return switch (answer) {
                case OkPacket ok -> {
                    apply(ok);
                    yield ok;
                }
                case ErrPacket err -> throw serverError(err);
                default -> throw new IllegalStateException("decodeOkOrErr gives OK or ERR");
            };
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether the session still looks alive before a command: bytes waiting while no command is
     * in flight can only be the server's last words (an idle-timeout or kill ERR), which are read
     * and break the session.
     */
    public boolean probeAlive() {
        lock.lock();
        try {
            if (isBroken()) {
                return false;
            }
            if ((active == null || active.isDone()) && transport.input().available() > 0) {
                io(channel::receive);
            }
            return !isBroken();
        } catch (IOException | SqlwireException e) {
            breakSession();
            return false;
        } finally {
            lock.unlock();
        }
    }

    /** Records the database a successful COM_INIT_DB selected (trackers may not report it). */
    public void databaseSelected(String name) {
        database = name;
    }

    /** Runs the COM_CHANGE_USER exchange; on failure the server has closed the session. */
    public void changeUser(MySqlSettings settings) {
        lock.lock();
        try {
            prepareCommand();
            OkPacket ok = io(() -> new ChangeUser(channel, settings, greeting, capabilities, transport).run());
            apply(ok);
            user = settings.user();
            database = settings.database();
        } finally {
            lock.unlock();
        }
    }

    /** The exception for an ERR; a connection-fatal one (killed, idle timeout) also breaks the session. */
    SqlwireException serverError(ErrPacket err) {
        if (MySqlErrors.isConnectionFatal(err)) {
            breakSession();
        }
        return MySqlErrors.of(err, greeting.isMariaDb());
    }

    /** Drains a result still streaming, so the next command starts in sync. */
    private void prepareCommand() {
        if (isBroken()) {
            throw new InterfaceException("connection is closed");
        }
        ResultStream a = active;
        active = null;
        if (a != null && !a.isDone()) {
            a.markDiscarded();
            try {
                a.drain();
            } catch (SqlwireException e) {
                // the error belonged to the abandoned result; the session is in sync again unless broken
                if (isBroken()) {
                    throw e;
                }
            }
        }
    }

    private void send(ClientPacket packet) {
        commandsSent++;
        roundTrips++;
        try {
            channel.sendCommand(packet);
        } catch (IOException e) {
            breakSession();
            throw MySqlErrors.lost(transport.failure("sending a command", e), false);
        }
    }

    /** A read or decode; any failure breaks the session so it can never be used out of sync. */
    <T> T io(IoCall<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            breakSession();
            TransportException te = transport.failure("reading the answer", e);
            throw MySqlErrors.lost(te, true);
        } catch (UnsolicitedErrorException e) {
            breakSession();
            throw MySqlErrors.unsolicited(e.err());
        } catch (InternalException e) {
            breakSession();
            throw e;
        } catch (OperationalException e) {
            breakSession();
            throw e;
        }
    }

    @FunctionalInterface
    interface IoCall<T> {
        T run() throws IOException;
    }

    byte[] receive() {
        return io(channel::receive);
    }

    void sendNext(byte[] payload) {
        io(() -> {
            channel.sendRaw(payload);
            return null;
        });
    }

    /** Takes the status flags and tracked state of an OK packet. */
    void apply(OkPacket ok) {
        status = ok.statusFlags();
        for (SessionStateChange c : ok.sessionStateChanges()) {
            if (c.type() == SessionStateChange.SCHEMA) {
                database = c.value().isEmpty() ? null : c.value();
            }
        }
    }

    void statusFromEof(int flags) {
        status = flags;
    }

    void breakSession() {
        broken = true;
        transport.close();
    }

    /** Sends COM_QUIT (best effort) and closes the transport. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (!isBroken() && (active == null || active.isDone())) {
                try {
                    channel.sendCommand(new ComQuit());
                } catch (IOException e) {
                    // closing anyway
                }
            }
            broken = true;
            transport.close();
        } finally {
            lock.unlock();
        }
    }
}
