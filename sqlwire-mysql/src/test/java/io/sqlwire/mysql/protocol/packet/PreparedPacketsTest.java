package io.sqlwire.mysql.protocol.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.InternalException;
import io.sqlwire.mysql.protocol.LeBytes;
import io.sqlwire.mysql.protocol.packet.client.ComStmtClose;
import io.sqlwire.mysql.protocol.packet.client.ComStmtExecute;
import io.sqlwire.mysql.protocol.packet.client.ComStmtPrepare;
import io.sqlwire.mysql.protocol.packet.client.ComStmtReset;
import io.sqlwire.mysql.protocol.packet.server.BinaryResultsetRow;
import io.sqlwire.mysql.protocol.packet.server.ColumnDefinition41;
import io.sqlwire.mysql.protocol.packet.server.ComStmtPrepareOk;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreparedPacketsTest {

    static ColumnDefinition41 col(int type) {
        return new ColumnDefinition41("def", "", "", "", "c", "", 63, 0, type, 0, 0);
    }

    @Test
    void prepareCloseReset() {
        assertThat(new ComStmtPrepare("select ?").encode()).isEqualTo(new LeBytes().int1(0x16).text("select ?").build());
        assertThat(new ComStmtClose(0x01020304L).encode()).containsExactly(0x19, 4, 3, 2, 1);
        assertThat(new ComStmtClose(1).expectsResponse()).isFalse();
        assertThat(new ComStmtReset(7).encode()).containsExactly(0x1A, 7, 0, 0, 0);
    }

    @Test
    void prepareOk() {
        byte[] b = new LeBytes().int1(0).int4(9).int2(2).int2(3).int1(0).int2(1).build();
        assertThat(ComStmtPrepareOk.decode(b)).isEqualTo(new ComStmtPrepareOk(9, 2, 3, 1));
        assertThat(new ComStmtPrepareOk(9, 2, 3, 1).encode()).isEqualTo(b);
        assertThat(ComStmtPrepareOk.decode(java.util.Arrays.copyOf(b, 9))).isEqualTo(new ComStmtPrepareOk(9, 2, 3, 0));
    }

    @Test
    void executeWithNullsTypesAndValues() {
        var params = List.of(new ComStmtExecute.Parameter(8, false, new byte[] {5, 0, 0, 0, 0, 0, 0, 0}),
                new ComStmtExecute.Parameter(6, false, null),
                new ComStmtExecute.Parameter(253, true, new byte[] {2, 'h', 'i'}));
        byte[] expected = new LeBytes().int1(0x17).int4(3).int1(0).int4(1).int1(0b010).int1(1)
                .int1(8).int1(0).int1(6).int1(0).int1(253).int1(0x80)
                .bytes(new byte[] {5, 0, 0, 0, 0, 0, 0, 0}).bytes(new byte[] {2, 'h', 'i'}).build();
        assertThat(new ComStmtExecute(3, params).encode()).isEqualTo(expected);
        assertThat(new ComStmtExecute(3, List.of()).encode()).isEqualTo(new LeBytes().int1(0x17).int4(3).int1(0).int4(1)
                .build());
    }

    @Test
    void binaryRowWithNullBitmapOffsetTwo() {
        List<ColumnDefinition41> cols = List.of(col(3), col(253), col(8));
        // column 2 (index 1) is NULL: bit 3 of the bitmap
        byte[] b = new LeBytes().int1(0).int1(0b1000).int4(42).bytes(new byte[] {1, 0, 0, 0, 0, 0, 0, 0}).build();
        BinaryResultsetRow row = BinaryResultsetRow.decode(b, cols);
        assertThat(row.values()[0]).containsExactly(42, 0, 0, 0);
        assertThat(row.values()[1]).isNull();
        assertThat(row.values()[2]).containsExactly(1, 0, 0, 0, 0, 0, 0, 0);
        assertThatThrownBy(() -> BinaryResultsetRow.decode(java.util.Arrays.copyOf(b, b.length - 1), cols))
                .isInstanceOf(InternalException.class)
                .hasMessageContaining("malformed binary ResultsetRow packet").hasMessageContaining("column 3");
    }
}
