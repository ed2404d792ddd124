package io.sqlwire.mysql.protocol;

import io.sqlwire.InternalException;
import io.sqlwire.mysql.protocol.packet.server.BinaryResultsetRow;
import io.sqlwire.mysql.protocol.packet.server.ColumnCount;
import io.sqlwire.mysql.protocol.packet.server.ColumnDefinition41;
import io.sqlwire.mysql.protocol.packet.server.EofPacket;
import io.sqlwire.mysql.protocol.packet.server.ErrPacket;
import io.sqlwire.mysql.protocol.packet.server.LocalInfileRequest;
import io.sqlwire.mysql.protocol.packet.server.OkPacket;
import io.sqlwire.mysql.protocol.packet.server.ServerPacket;
import io.sqlwire.mysql.protocol.packet.server.TextResultsetRow;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer to one COM_QUERY, as an I/O-free state machine: the caller feeds it each payload the
 * server sends, in order, and gets back what that payload meant. It never reads or writes.
 *
 * <pre>
 *            ┌──────────── OK / EOF with MORE_RESULTS_EXISTS ─────────────┐
 *            v                                                            │
 *   RESPONSE ──OK──> (statement without rows)                             │
 *            ──ERR─> DONE                                                 │
 *            ──0xFB─> LOCAL INFILE request (the file, then RESPONSE again)│
 *            ──column count─> COLUMNS ─n definitions─> [COLUMNS_EOF] ─> ROWS
 *                                                        ROWS ──row──> ROWS
 *                                                        ROWS ──EOF/OK─┘ or DONE
 *                                                        ROWS ──ERR──> DONE
 * </pre>
 * Without CLIENT_DEPRECATE_EOF an EOF packet follows the column definitions and ends the rows;
 * with it there is no EOF after the definitions and an OK packet with header 0xFE ends the rows.
 * Any packet that does not fit the state is an {@link InternalException} naming the state.
 */
public final class QueryMachine {

    /** Where the machine is. */
    public enum State { RESPONSE, COLUMNS, COLUMNS_EOF, ROWS, DONE }

    /** What one payload meant. */
    public sealed interface Event permits Ok, Err, LocalInfile, ResultStart, Row, ResultEnd {
    }

    /** A statement without rows finished; {@code ok.moreResults()} says whether another answer follows. */
    public record Ok(OkPacket ok) implements Event {
    }

    /** The statement failed; nothing follows. */
    public record Err(ErrPacket err) implements Event {
    }

    /** The server asks for a client file; the caller answers, and the server then sends OK or ERR. */
    public record LocalInfile(LocalInfileRequest request) implements Event {
    }

    /** A result set begins with these columns. */
    public record ResultStart(List<ColumnDefinition41> columns) implements Event {
        public ResultStart {
            columns = List.copyOf(columns);
        }
    }

    /** One row of the current result set: each value's bytes (text, or binary layout without prefix), null for NULL. */
    public record Row(byte[][] values) implements Event {
    }

    /** The current result set ended. */
    public record ResultEnd(int statusFlags, int warnings) implements Event {
        public boolean moreResults() {
            return ServerStatus.has(statusFlags, ServerStatus.MORE_RESULTS_EXISTS);
        }
    }

    private final long capabilities;
    private final boolean deprecateEof;
    private final boolean binary;
    private State state = State.RESPONSE;
    private int columnCount;
    private List<ColumnDefinition41> columns = new ArrayList<>();

    /** The answer to COM_QUERY: text rows. */
    public QueryMachine(long capabilities) {
        this(capabilities, false);
    }

    /**
     * @param capabilities the negotiated capabilities (CLIENT_DEPRECATE_EOF, CLIENT_SESSION_TRACK matter)
     * @param binary whether rows are binary (the answer to COM_STMT_EXECUTE) rather than text
     */
    public QueryMachine(long capabilities, boolean binary) {
        this.capabilities = capabilities;
        this.deprecateEof = Capabilities.has(capabilities, Capabilities.CLIENT_DEPRECATE_EOF);
        this.binary = binary;
    }

    public State state() {
        return state;
    }

    /** Whether the whole answer, every result included, has been read. */
    public boolean isDone() {
        return state == State.DONE;
    }

    /** Whether the machine is inside a result set's rows. */
    public boolean inRows() {
        return state == State.ROWS;
    }

    /**
     * Consumes the next payload.
     *
     * @return what it meant, or {@code null} for a column definition that is not the last one
     * @throws InternalException when the payload does not fit the current state or is malformed
     */
    public Event accept(byte[] payload) {
        if (payload.length == 0) {
            throw unexpected("an empty packet");
        }
        return switch (state) {
            case RESPONSE -> response(payload);
            case COLUMNS -> column(payload);
            case COLUMNS_EOF -> columnsEof(payload);
            case ROWS -> row(payload);
            case DONE -> throw unexpected("a packet after the last result");
        };
    }

    private Event response(byte[] payload) {
        int header = payload[0] & 0xFF;
        switch (header) {
            case OkPacket.HEADER -> {
                OkPacket ok = OkPacket.decode(payload, capabilities);
                state = ok.moreResults() ? State.RESPONSE : State.DONE;
                return new Ok(ok);
            }
            case ServerPacket.ERR_HEADER -> {
                state = State.DONE;
                return new Err(ErrPacket.decode(payload));
            }
            case LocalInfileRequest.HEADER -> {
                return new LocalInfile(LocalInfileRequest.decode(payload));
            }
            default -> {
                columnCount = ColumnCount.decode(payload).count();
                columns = new ArrayList<>(columnCount);
                state = State.COLUMNS;
                return null;
            }
        }
    }

    private Event column(byte[] payload) {
        if ((payload[0] & 0xFF) == ServerPacket.ERR_HEADER) {
            state = State.DONE;
            return new Err(ErrPacket.decode(payload));
        }
        columns.add(ColumnDefinition41.decode(payload));
        if (columns.size() < columnCount) {
            return null;
        }
        if (!deprecateEof) {
            state = State.COLUMNS_EOF;
            return null;
        }
        state = State.ROWS;
        return new ResultStart(columns);
    }

    private Event columnsEof(byte[] payload) {
        if (!EofPacket.isEof(payload)) {
            throw unexpected("a packet with header 0x" + Integer.toHexString(payload[0] & 0xFF)
                    + " where the EOF after the column definitions belongs");
        }
        EofPacket.decode(payload);
        state = State.ROWS;
        return new ResultStart(columns);
    }

    private Event row(byte[] payload) {
        int header = payload[0] & 0xFF;
        if (header == ServerPacket.ERR_HEADER) {
            state = State.DONE;
            return new Err(ErrPacket.decode(payload));
        }
        // a row whose first value is 0xFE-prefixed (a length of 2^24 or more) is at least 9 bytes long
        if (header == EofPacket.HEADER && payload.length < PacketReader.MAX_FRAME && isEnd(payload)) {
            ResultEnd end = endOf(payload);
            state = end.moreResults() ? State.RESPONSE : State.DONE;
            return end;
        }
        return new Row(binary ? BinaryResultsetRow.decode(payload, columns).values()
                : TextResultsetRow.decode(payload, columnCount).values());
    }

    private boolean isEnd(byte[] payload) {
        return deprecateEof || EofPacket.isEof(payload);
    }

    private ResultEnd endOf(byte[] payload) {
        if (deprecateEof) {
            OkPacket ok = OkPacket.decode(payload, capabilities);
            return new ResultEnd(ok.statusFlags(), ok.warnings());
        }
        EofPacket eof = EofPacket.decode(payload);
        return new ResultEnd(eof.statusFlags(), eof.warnings());
    }

    private InternalException unexpected(String what) {
        return new InternalException("protocol out of sync: the server sent " + what + " in state " + state
                + " of a query response");
    }
}
