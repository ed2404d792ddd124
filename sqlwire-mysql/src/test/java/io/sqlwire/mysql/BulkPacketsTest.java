package io.sqlwire.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlwire.mysql.protocol.packet.client.ComStmtBulkExecute;
import io.sqlwire.mysql.protocol.packet.client.ComStmtExecute.Parameter;
import io.sqlwire.mysql.type.MySqlTypes;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkPacketsTest {

    static Parameter longValue(int v) {
        return new Parameter(MySqlTypes.LONG, false, new byte[] {(byte) v, 0, 0, 0});
    }

    static Parameter text(String s) {
        byte[] b = s.getBytes();
        byte[] framed = new byte[b.length + 1];
        framed[0] = (byte) b.length;
        System.arraycopy(b, 0, framed, 1, b.length);
        return new Parameter(MySqlTypes.VAR_STRING, false, framed);
    }

    static final Parameter NULL = new Parameter(MySqlTypes.NULL, false, null);

    @Test
    void encodesTypesOnceThenIndicatorAndValuePerRow() {
        List<ComStmtBulkExecute> packets = BulkPackets.of(0x01020304L,
                List.of(List.of(longValue(5), NULL), List.of(NULL, text("ab"))), BulkPackets.LIMIT);
        assertThat(packets).hasSize(1);
        assertThat(packets.get(0).encode()).containsExactly(
                0xFA, 4, 3, 2, 1, // command, statement id
                0x80, 0x00, // SEND_TYPES_TO_SERVER
                MySqlTypes.LONG, 0, MySqlTypes.VAR_STRING, 0, // types, from each column's first non-NULL value
                0, 5, 0, 0, 0, 1, // row 1: value 5, NULL
                1, 0, 2, 'a', 'b'); // row 2: NULL, "ab"
    }

    @Test
    void unsignedFlagAndAllNullColumnDeclaredAsString() {
        Parameter big = new Parameter(MySqlTypes.LONGLONG, true, new byte[] {1, 0, 0, 0, 0, 0, 0, 0});
        byte[] b = BulkPackets.of(9, List.of(List.of(big, NULL)), BulkPackets.LIMIT).get(0).encode();
        assertThat(Arrays.copyOfRange(b, 7, 11)).containsExactly(MySqlTypes.LONGLONG, 0x80, MySqlTypes.VAR_STRING, 0);
    }

    @Test
    void newPacketWhenATypeChanges() {
        List<ComStmtBulkExecute> packets = BulkPackets.of(1,
                List.of(List.of(longValue(1)), List.of(NULL), List.of(text("x")), List.of(text("y"))),
                BulkPackets.LIMIT);
        assertThat(packets).extracting(p -> p.rows().size()).containsExactly(2, 2);
        assertThat(packets.get(1).types()).containsExactly(new ComStmtBulkExecute.Type(MySqlTypes.VAR_STRING, false));
    }

    @Test
    void mixedSignedIntegerWidthsAreSentAsLonglong() {
        Parameter tiny = new Parameter(MySqlTypes.TINY, false, new byte[] {(byte) -2});
        List<ComStmtBulkExecute> packets = BulkPackets.of(1, List.of(List.of(longValue(7)), List.of(tiny)),
                BulkPackets.LIMIT);
        assertThat(packets).hasSize(1);
        assertThat(packets.get(0).encode()).containsExactly(0xFA, 1, 0, 0, 0, 0x80, 0, MySqlTypes.LONGLONG, 0,
                0, 7, 0, 0, 0, 0, 0, 0, 0,
                0, 0xFE, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF);
    }

    @Test
    void splitsAtTheSizeLimit() {
        List<List<Parameter>> rows = java.util.stream.IntStream.range(0, 10).mapToObj(i -> List.of(longValue(i)))
                .toList();
        // header 9 bytes, 5 bytes per row: 9 + 3 * 5 = 24 fits, a fourth row does not
        List<ComStmtBulkExecute> packets = BulkPackets.of(1, rows, 24);
        assertThat(packets).extracting(p -> p.rows().size()).containsExactly(3, 3, 3, 1);
        assertThat(packets).allSatisfy(p -> assertThat(p.encode().length).isLessThanOrEqualTo(24));
    }

    @Test
    void anOversizedRowStillGoesAlone() {
        assertThat(BulkPackets.of(1, List.of(List.of(text("abcdef")), List.of(text("g"))), 8))
                .extracting(p -> p.rows().size()).containsExactly(1, 1);
    }
}
