package io.sqlwire.mysql.protocol.packet.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.InternalException;
import io.sqlwire.OperationalException;
import io.sqlwire.mysql.protocol.LeBytes;
import org.junit.jupiter.api.Test;

class ErrPacketTest {

    @Test
    void withSqlState() {
        byte[] b = new LeBytes().int1(0xFF).int2(1045).text("#28000").text("Access denied for user 'x'@'localhost'").build();
        ErrPacket e = ErrPacket.decode(b);
        assertThat(e).isEqualTo(new ErrPacket(1045, "28000", "Access denied for user 'x'@'localhost'"));
        assertThat(e.describe()).isEqualTo("ERROR 1045 (28000): Access denied for user 'x'@'localhost'");
    }

    @Test
    void beforeTheHandshakeThereIsNoSqlState() {
        byte[] b = new LeBytes().int1(0xFF).int2(1129)
                .text("Host '10.0.0.9' is blocked because of many connection errors").build();
        ErrPacket e = ErrPacket.decode(b);
        assertThat(e.sqlState()).isNull();
        assertThat(e.errorCode()).isEqualTo(1129);
        OperationalException ex = e.toException();
        assertThat(ex).hasMessage("ERROR 1129: Host '10.0.0.9' is blocked because of many connection errors");
        assertThat(ex.vendorCode()).isEqualTo(1129);
        assertThat(ex.isTransient()).isFalse();
    }

    @Test
    void tooManyConnectionsIsTransient() {
        byte[] b = new LeBytes().int1(0xFF).int2(1040).text("Too many connections").build();
        assertThat(ErrPacket.decode(b).toException().isTransient()).isTrue();
    }

    @Test
    void aShortMessageStartingWithHashIsNotASqlState() {
        byte[] b = new LeBytes().int1(0xFF).int2(1).text("#42").build();
        assertThat(ErrPacket.decode(b)).isEqualTo(new ErrPacket(1, null, "#42"));
    }

    @Test
    void truncatedIsTyped() {
        assertThatThrownBy(() -> ErrPacket.decode(new byte[] {(byte) 0xFF, 0x10}))
                .isInstanceOf(InternalException.class)
                .hasMessage("malformed ERR packet from the server: truncated at byte 1 reading error code (needs 2 bytes, 1 left)");
        assertThatThrownBy(() -> ErrPacket.decode(new byte[] {0x00, 0x10, 0x00}))
                .isInstanceOf(InternalException.class).hasMessageContaining("header is not 0xFF");
    }
}
