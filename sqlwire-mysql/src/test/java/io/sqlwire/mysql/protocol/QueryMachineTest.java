package io.sqlwire.mysql.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.InternalException;
import io.sqlwire.mysql.protocol.QueryMachine.Event;
import io.sqlwire.mysql.protocol.packet.server.ColumnCount;
import io.sqlwire.mysql.protocol.packet.server.ColumnDefinition41;
import io.sqlwire.mysql.protocol.packet.server.EofPacket;
import io.sqlwire.mysql.protocol.packet.server.ErrPacket;
import io.sqlwire.mysql.protocol.packet.server.OkPacket;
import io.sqlwire.mysql.protocol.packet.server.TextResultsetRow;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryMachineTest {

    static final long CLASSIC = Capabilities.CLIENT_PROTOCOL_41;
    static final long MODERN = CLASSIC | Capabilities.CLIENT_DEPRECATE_EOF | Capabilities.CLIENT_SESSION_TRACK;
    static final ColumnDefinition41 COL = new ColumnDefinition41("def", "", "", "", "a", "", 45, 11, 3, 0, 0);

    static byte[] row(String v) {
        return new TextResultsetRow(new byte[][] {v.getBytes(StandardCharsets.UTF_8)}).encode();
    }

    static byte[] ok(int status, boolean modern) {
        byte[] b = new OkPacket(0, 0, status, 0, "", List.of()).encode(modern);
        if (modern) {
            b[0] = (byte) 0xFE; // the DEPRECATE_EOF end of a result set
        }
        return b;
    }

    @Test
    void resultSetWithEofPackets() {
        QueryMachine m = new QueryMachine(CLASSIC);
        assertThat(m.accept(new ColumnCount(1).encode())).isNull();
        assertThat(m.accept(COL.encode())).isNull();
        assertThat(m.state()).isEqualTo(QueryMachine.State.COLUMNS_EOF);
        Event start = m.accept(new EofPacket(0, 2).encode());
        assertThat(start).isEqualTo(new QueryMachine.ResultStart(List.of(COL)));
        assertThat(m.accept(row("1"))).isInstanceOf(QueryMachine.Row.class);
        assertThat(m.accept(new EofPacket(2, 2).encode())).isEqualTo(new QueryMachine.ResultEnd(2, 2));
        assertThat(m.isDone()).isTrue();
        assertThatThrownBy(() -> m.accept(row("x"))).isInstanceOf(InternalException.class)
                .hasMessage("protocol out of sync: the server sent a packet after the last result in state DONE of a"
                        + " query response");
    }

    @Test
    void resultSetWithDeprecateEof() {
        QueryMachine m = new QueryMachine(MODERN);
        m.accept(new ColumnCount(1).encode());
        assertThat(m.accept(COL.encode())).isInstanceOf(QueryMachine.ResultStart.class);
        assertThat(m.inRows()).isTrue();
        m.accept(row("1"));
        Event end = m.accept(ok(ServerStatus.AUTOCOMMIT, true));
        assertThat(end).isEqualTo(new QueryMachine.ResultEnd(ServerStatus.AUTOCOMMIT, 0));
        assertThat(m.isDone()).isTrue();
    }

    @Test
    void multipleResults() {
        QueryMachine m = new QueryMachine(MODERN);
        byte[] firstOk = new OkPacket(1, 5, ServerStatus.MORE_RESULTS_EXISTS, 0, "", List.of()).encode(true);
        Event e = m.accept(firstOk);
        assertThat(((QueryMachine.Ok) e).ok().lastInsertId()).isEqualTo(5);
        assertThat(m.state()).isEqualTo(QueryMachine.State.RESPONSE);
        m.accept(new ColumnCount(1).encode());
        m.accept(COL.encode());
        assertThat(m.accept(ok(ServerStatus.MORE_RESULTS_EXISTS, true))).isInstanceOf(QueryMachine.ResultEnd.class);
        assertThat(m.state()).isEqualTo(QueryMachine.State.RESPONSE);
        assertThat(m.accept(new ErrPacket(1146, "42S02", "no table").encode())).isInstanceOf(QueryMachine.Err.class);
        assertThat(m.isDone()).isTrue();
    }

    @Test
    void errorInTheMiddleOfTheRows() {
        QueryMachine m = new QueryMachine(MODERN);
        m.accept(new ColumnCount(1).encode());
        m.accept(COL.encode());
        m.accept(row("1"));
        assertThat(m.accept(new ErrPacket(1317, "70100", "Query execution was interrupted").encode()))
                .isEqualTo(new QueryMachine.Err(new ErrPacket(1317, "70100", "Query execution was interrupted")));
        assertThat(m.isDone()).isTrue();
    }

    @Test
    void localInfileRequestWaitsForTheFinalOk() {
        QueryMachine m = new QueryMachine(MODERN);
        assertThat(m.accept(new byte[] {(byte) 0xFB, 'f'})).isInstanceOf(QueryMachine.LocalInfile.class);
        assertThat(m.state()).isEqualTo(QueryMachine.State.RESPONSE);
        assertThat(m.accept(new OkPacket(0, 0, 2, 0, "", List.of()).encode(true))).isInstanceOf(QueryMachine.Ok.class);
    }

    @Test
    void aRowWhereTheEofBelongsIsOutOfSync() {
        QueryMachine m = new QueryMachine(CLASSIC);
        m.accept(new ColumnCount(1).encode());
        m.accept(COL.encode());
        assertThatThrownBy(() -> m.accept(row("1"))).isInstanceOf(InternalException.class)
                .hasMessageContaining("where the EOF after the column definitions belongs");
    }

    @Test
    void emptyAndMalformedPackets() {
        assertThatThrownBy(() -> new QueryMachine(MODERN).accept(new byte[0])).isInstanceOf(InternalException.class)
                .hasMessageContaining("an empty packet in state RESPONSE");
        QueryMachine m = new QueryMachine(MODERN);
        m.accept(new ColumnCount(2).encode());
        assertThatThrownBy(() -> m.accept(new byte[] {3, 'd', 'e'})).isInstanceOf(InternalException.class)
                .hasMessageContaining("ColumnDefinition41");
    }
}
