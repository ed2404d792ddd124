package io.sqlwire.mysql.session;

import io.sqlwire.OperationalException;
import io.sqlwire.mysql.protocol.QueryMachine;
import io.sqlwire.mysql.protocol.QueryMachine.Event;
import io.sqlwire.mysql.protocol.packet.server.ColumnDefinition41;
import io.sqlwire.mysql.protocol.packet.server.OkPacket;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The answer to one COM_QUERY, read as it is consumed: rows are pulled from the socket one at a
 * time, so a large result is never held in memory. Results follow each other for multi-statement
 * texts and stored procedures. The owning {@link MySqlSession} drains an unfinished stream before
 * its next command. Callers hold the session lock.
 */
public final class ResultStream {
    private final MySqlSession session;
    private final QueryMachine machine;
    private final boolean binary;
    private List<ColumnDefinition41> columns;
    private OkPacket ok;
    private OkPacket lastOk;
    private boolean rowsPending;
    private long rowsRead;
    private int warnings;
    private String infileProblem;
    private String sql;
    private boolean discarded;

    ResultStream(MySqlSession session, long capabilities, boolean binary) {
        this.session = session;
        this.machine = new QueryMachine(capabilities, binary);
        this.binary = binary;
    }

    void sentSql(String text) {
        this.sql = text;
    }

    /** Whether rows are in the binary layout (a prepared statement's result). */
    public boolean isBinary() {
        return binary;
    }

    /** The columns of the current result, or {@code null} when it has no rows (an OK). */
    public List<ColumnDefinition41> columns() {
        return columns;
    }

    /** The OK of the current result when it has no rows, else {@code null}. */
    public OkPacket ok() {
        return ok;
    }

    /** The last OK seen, or {@code null}. */
    public OkPacket lastOk() {
        return lastOk;
    }

    /** The warning count of the current result (known once its rows are read, for a result set). */
    public int warnings() {
        return warnings;
    }

    /** Rows read so far from the current result set. */
    public long rowsRead() {
        return rowsRead;
    }

    /** Whether the rows of the current result set are all read. */
    public boolean rowsDone() {
        return !rowsPending;
    }

    /** Whether the session drained this stream for a later command while rows were still unread. */
    public boolean isDiscarded() {
        return discarded;
    }

    void markDiscarded() {
        discarded = rowsPending;
    }

    /** Whether everything the server sent for the query has been read. */
    public boolean isDone() {
        return machine.isDone();
    }

    /** Whether another result follows the current one. */
    public boolean hasMoreResults() {
        return !machine.isDone() && !rowsPending;
    }

    /**
     * The next row's raw values of the current result set, or {@code null} at its end.
     *
     * @throws io.sqlwire.SqlwireException an error the server raised while sending rows
     */
    public byte[][] nextRow() {
        if (!rowsPending) {
            return null;
        }
        Event e = next();
        switch (e) {
            case QueryMachine.Row row -> {
                rowsRead++;
                return row.values();
            }
            case QueryMachine.ResultEnd end -> {
                rowsPending = false;
                warnings = end.warnings();
                session.statusFromEof(end.statusFlags());
                return null;
            }
            case QueryMachine.Err err -> {
                rowsPending = false;
                throw session.serverError(err.err());
            }
            default -> throw new IllegalStateException("unexpected " + e + " inside a result set");
        }
    }

    /** Moves to the next result, discarding unread rows; {@code false} when there is none. */
    public boolean nextResult() {
        while (nextRow() != null) {
            // discard
        }
        if (machine.isDone()) {
            return false;
        }
        advance();
        return true;
    }

    /** Reads everything that is left, so the session is ready for its next command. */
    public void drain() {
        while (nextResult()) {
            // every result read and discarded
        }
    }

    /** Reads up to the start of the next result: an OK, or the columns of a result set. */
    void advance() {
        columns = null;
        ok = null;
        rowsRead = 0;
        warnings = 0;
        while (true) {
            Event e = next();
            switch (e) {
                case QueryMachine.Ok o -> {
                    session.apply(o.ok());
                    ok = o.ok();
                    lastOk = ok;
                    warnings = ok.warnings();
                    checkInfile();
                    return;
                }
                case QueryMachine.ResultStart start -> {
                    columns = start.columns();
                    rowsPending = true;
                    return;
                }
                case QueryMachine.Err err -> throw session.serverError(err.err());
                case QueryMachine.LocalInfile infile -> sendInfile(infile.request().fileName());
                default -> throw new IllegalStateException("unexpected " + e + " before a result");
            }
        }
    }

    /**
     * Answers a LOCAL INFILE request: the file's bytes in packets of up to 64 KiB when the policy
     * allows it, then the empty packet that ends the data. A refused or unreadable file sends no
     * data, and the error is reported once the server's OK arrives, so the session stays in sync.
     */
    private void sendInfile(String name) {
        Optional<Path> file = session.localInfile().allow(name, sql);
        if (file.isEmpty()) {
            infileProblem = "the server asked for local file \"" + name + "\", which "
                    + (session.localInfile().active() ? "is not inside local_infile_dir or not named by the statement"
                            : "local_infile=true with local_infile_dir allows no file")
                    + ": nothing was sent";
        } else {
            try (InputStream in = Files.newInputStream(file.get())) {
                byte[] buf = new byte[64 * 1024];
                for (int n = in.readNBytes(buf, 0, buf.length); n > 0; n = in.readNBytes(buf, 0, buf.length)) {
                    session.sendNext(Arrays.copyOf(buf, n));
                }
            } catch (IOException e) {
                infileProblem = "cannot read local file \"" + name + "\": " + e.getMessage();
            }
        }
        session.sendNext(new byte[0]);
    }

    private void checkInfile() {
        if (infileProblem != null) {
            String problem = infileProblem;
            infileProblem = null;
            throw new OperationalException(problem, "HY000", 2068, false, null);
        }
    }

    private Event next() {
        while (true) {
            byte[] payload = session.receive();
            Event e = session.io(() -> machine.accept(payload));
            if (e != null) {
                return e;
            }
        }
    }
}
