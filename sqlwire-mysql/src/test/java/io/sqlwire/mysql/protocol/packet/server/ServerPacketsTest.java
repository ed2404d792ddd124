package io.sqlwire.mysql.protocol.packet.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.InternalException;
import io.sqlwire.mysql.protocol.Capabilities;
import io.sqlwire.mysql.protocol.LeBytes;
import io.sqlwire.mysql.protocol.ServerStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerPacketsTest {

    static final long P41 = Capabilities.CLIENT_PROTOCOL_41;
    static final long TRACK = P41 | Capabilities.CLIENT_SESSION_TRACK;

    @Test
    void okPacketWithoutSessionTracking() {
        byte[] b = new LeBytes().int1(0).int1(3).int1(0xFC).int2(300).int2(0x0002).int2(1).text("Rows matched: 3").build();
        OkPacket ok = OkPacket.decode(b, P41);
        assertThat(ok).isEqualTo(new OkPacket(3, 300, ServerStatus.AUTOCOMMIT, 1, "Rows matched: 3", List.of()));
        assertThat(ok.encode(false)).isEqualTo(b);
    }

    @Test
    void okPacketWithSessionStateChanges() {
        byte[] state = new LeBytes()
                .int1(1).int1(5).int1(4).text("test")
                .int1(0).int1(15).int1(10).text("autocommit").int1(3).text("OFF")
                .build();
        int status = ServerStatus.IN_TRANS | ServerStatus.SESSION_STATE_CHANGED;
        byte[] b = new LeBytes().int1(0).int1(0).int1(0).int2(status).int2(0).int1(0).int1(state.length).bytes(state)
                .build();
        OkPacket ok = OkPacket.decode(b, TRACK);
        assertThat(ok.sessionStateChanges()).containsExactly(
                new SessionStateChange(SessionStateChange.SCHEMA, null, "test"),
                new SessionStateChange(SessionStateChange.SYSTEM_VARIABLES, "autocommit", "OFF"));
        assertThat(ok.info()).isEmpty();
        assertThat(ok.encode(true)).isEqualTo(b);
    }

    @Test
    void okPacketWithSessionTrackingAndNothingAfterTheWarnings() {
        byte[] b = new LeBytes().int1(0).int1(1).int1(7).int2(2).int2(0).build();
        assertThat(OkPacket.decode(b, TRACK)).isEqualTo(new OkPacket(1, 7, 2, 0, "", List.of()));
    }

    @Test
    void truncatedOkNamesTheField() {
        assertThatThrownBy(() -> OkPacket.decode(new byte[] {0, 1, 2, 2}, P41))
                .isInstanceOf(InternalException.class)
                .hasMessage("malformed OK packet from the server: truncated at byte 3 reading status flags"
                        + " (needs 2 bytes, 1 left)");
    }

    @Test
    void eofPacket() {
        byte[] b = {(byte) 0xFE, 1, 0, 8, 0};
        assertThat(EofPacket.isEof(b)).isTrue();
        EofPacket eof = EofPacket.decode(b);
        assertThat(eof).isEqualTo(new EofPacket(1, ServerStatus.MORE_RESULTS_EXISTS));
        assertThat(eof.moreResults()).isTrue();
        assertThat(eof.encode()).isEqualTo(b);
        assertThat(EofPacket.isEof(new byte[9])).isFalse();
    }

    @Test
    void errPacket() {
        byte[] b = new LeBytes().int1(0xFF).int2(1062).text("#23000").text("Duplicate entry 'a'").build();
        ErrPacket err = ErrPacket.decode(b);
        assertThat(err).isEqualTo(new ErrPacket(1062, "23000", "Duplicate entry 'a'"));
        assertThat(err.encode()).isEqualTo(b);
    }

    @Test
    void authPackets() {
        byte[] sw = new LeBytes().int1(0xFE).nul("mysql_native_password").bytes(new byte[20]).int1(0).build();
        AuthSwitchRequest req = AuthSwitchRequest.decode(sw);
        assertThat(req.pluginName()).isEqualTo("mysql_native_password");
        assertThat(req.pluginData()).hasSize(21);
        assertThat(req.scramble()).hasSize(20);
        assertThat(req.encode()).isEqualTo(sw);
        assertThat(ServerPacket.decodeAuthResponse(sw, P41)).isEqualTo(req);
        byte[] more = {1, 3};
        assertThat(ServerPacket.decodeAuthResponse(more, P41)).isEqualTo(new AuthMoreData(new byte[] {3}));
        assertThat(new AuthMoreData(new byte[] {3}).encode()).isEqualTo(more);
        assertThatThrownBy(() -> ServerPacket.decodeAuthResponse(new byte[] {5}, P41))
                .isInstanceOf(InternalException.class).hasMessageContaining("unexpected header byte 0x5");
    }

    @Test
    void columnDefinition41() {
        ColumnDefinition41 c = new ColumnDefinition41("def", "test", "t", "t_org", "n", "n_org", 63, 20, 8,
                ColumnDefinition41.FLAG_UNSIGNED | ColumnDefinition41.FLAG_NOT_NULL, 0);
        byte[] b = new LeBytes().int1(3).text("def").int1(4).text("test").int1(1).text("t").int1(5).text("t_org")
                .int1(1).text("n").int1(5).text("n_org").int1(12).int2(63).int4(20).int1(8).int2(33).int1(0).int2(0)
                .build();
        assertThat(c.encode()).isEqualTo(b);
        assertThat(ColumnDefinition41.decode(b)).isEqualTo(c);
        assertThat(c.isUnsigned()).isTrue();
        assertThat(c.isBinary()).isTrue();
        assertThatThrownBy(() -> ColumnDefinition41.decode(java.util.Arrays.copyOf(b, 20)))
                .isInstanceOf(InternalException.class).hasMessageContaining("ColumnDefinition41");
    }

    @Test
    void columnCountAndRows() {
        assertThat(ColumnCount.decode(new byte[] {2})).isEqualTo(new ColumnCount(2));
        assertThatThrownBy(() -> ColumnCount.decode(new byte[] {0}))
                .isInstanceOf(InternalException.class).hasMessageContaining("column count 0 is out of range");
        byte[] row = new LeBytes().int1(1).text("7").int1(0xFB).int1(0).build();
        TextResultsetRow r = TextResultsetRow.decode(row, 3);
        assertThat(r.values()[0]).containsExactly('7');
        assertThat(r.values()[1]).isNull();
        assertThat(r.values()[2]).isEmpty();
        assertThat(r.encode()).isEqualTo(row);
        assertThatThrownBy(() -> TextResultsetRow.decode(row, 4))
                .isInstanceOf(InternalException.class).hasMessageContaining("value of column 4");
        assertThatThrownBy(() -> TextResultsetRow.decode(row, 2))
                .isInstanceOf(InternalException.class).hasMessageContaining("1 unexpected bytes after 2 column values");
    }

    @Test
    void localInfileRequest() {
        byte[] b = new LeBytes().int1(0xFB).text("/etc/passwd").build();
        assertThat(LocalInfileRequest.decode(b)).isEqualTo(new LocalInfileRequest("/etc/passwd"));
        assertThat(new LocalInfileRequest("/etc/passwd").encode()).isEqualTo(b);
    }
}
