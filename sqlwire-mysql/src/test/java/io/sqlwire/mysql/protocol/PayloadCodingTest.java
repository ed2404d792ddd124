package io.sqlwire.mysql.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.InternalException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class PayloadCodingTest {

    static byte[] lenenc(long v) {
        return new PayloadWriter().lengthEncodedInt(v).toByteArray();
    }

    @Test
    void lengthEncodedIntegersUseTheShortestForm() {
        assertThat(lenenc(0)).containsExactly(0);
        assertThat(lenenc(250)).containsExactly(250);
        assertThat(lenenc(251)).containsExactly(0xFC, 251, 0);
        assertThat(lenenc(0xFFFF)).containsExactly(0xFC, 0xFF, 0xFF);
        assertThat(lenenc(0x10000)).containsExactly(0xFD, 0, 0, 1);
        assertThat(lenenc(0xFFFFFF)).containsExactly(0xFD, 0xFF, 0xFF, 0xFF);
        assertThat(lenenc(0x1000000)).containsExactly(0xFE, 0, 0, 0, 1, 0, 0, 0, 0);
        assertThat(lenenc(-1)).containsExactly(0xFE, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF);
    }

    @Test
    void lengthEncodedIntegersRoundTrip() {
        for (long v : new long[] {0, 1, 250, 251, 65535, 65536, 0xFFFFFF, 0x1000000, Long.MAX_VALUE, -1}) {
            assertThat(new PayloadReader(lenenc(v), "t").readLengthEncodedInt("v")).isEqualTo(v);
        }
    }

    @Test
    void nullMarkerAndErrHeaderAreNotIntegers() {
        assertThatThrownBy(() -> new PayloadReader(new byte[] {(byte) 0xFB}, "OK").readLengthEncodedInt("affected rows"))
                .isInstanceOf(InternalException.class)
                .hasMessage("malformed OK packet from the server: byte 0xfb at 0 is not a length-encoded integer"
                        + " (affected rows)");
        assertThat(new PayloadReader(new byte[] {(byte) 0xFB}, "row").readNullableLengthEncodedBytes("v")).isNull();
    }

    @Test
    void lengthEncodedStringsAreBoundsChecked() {
        byte[] payload = {5, 'a', 'b'};
        assertThatThrownBy(() -> new PayloadReader(payload, "ColumnDefinition41").readLengthEncodedString("catalog"))
                .isInstanceOf(InternalException.class)
                .hasMessage("malformed ColumnDefinition41 packet from the server: truncated at byte 1 reading catalog"
                        + " (length 5, 2 bytes left)");
        byte[] ok = new PayloadWriter().lengthEncodedString("héllo").nulTerminated("x").toByteArray();
        PayloadReader r = new PayloadReader(ok, "t");
        assertThat(r.readLengthEncodedString("s")).isEqualTo("héllo");
        assertThat(r.readNulTerminated("n")).isEqualTo("x");
        assertThat(r.hasRemaining()).isFalse();
    }

    @Test
    void fixedIntegersAreLittleEndian() {
        byte[] b = new PayloadWriter().int1(1).int2(0x0302).int3(0x060504).int4(0x0A090807L).int8(0x1211100F0E0D0C0BL)
                .toByteArray();
        assertThat(b).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18);
        PayloadReader r = new PayloadReader(b, "t");
        assertThat(r.readUInt8("a")).isEqualTo(1);
        assertThat(r.readUInt16("b")).isEqualTo(0x0302);
        assertThat(r.readUInt24("c")).isEqualTo(0x060504);
        assertThat(r.readUInt32("d")).isEqualTo(0x0A090807L);
        assertThat(r.readInt64("e")).isEqualTo(0x1211100F0E0D0C0BL);
    }

    @Test
    void writerSplitsLargePayloadsAndTheReaderJoinsThem() throws Exception {
        byte[] big = new byte[PacketReader.MAX_FRAME + 10];
        big[0] = 1;
        big[big.length - 1] = 2;
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        int next = new PacketWriter(wire).write(3, big);
        assertThat(next).isEqualTo(5);
        byte[] w = wire.toByteArray();
        assertThat(w).hasSize(big.length + 8);
        assertThat(w).startsWith(0xFF, 0xFF, 0xFF, 3);
        assertThat(java.util.Arrays.copyOfRange(w, 4 + PacketReader.MAX_FRAME, 8 + PacketReader.MAX_FRAME))
                .containsExactly(10, 0, 0, 4);
        Packet p = new PacketReader(new ByteArrayInputStream(w), Integer.MAX_VALUE).read();
        assertThat(p.payload()).isEqualTo(big);
        assertThat(p.nextSequenceId()).isEqualTo(5);
    }

    @Test
    void anExactMultipleOfTheFrameSizeEndsWithAnEmptyFrame() throws Exception {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        assertThat(new PacketWriter(wire).write(255, new byte[PacketReader.MAX_FRAME])).isEqualTo(1);
        byte[] w = wire.toByteArray();
        assertThat(java.util.Arrays.copyOfRange(w, w.length - 4, w.length)).containsExactly(0, 0, 0, 0);
    }

    @Test
    void channelChecksSequenceIds() throws Exception {
        byte[] wire = LeBytes.frame(2, new byte[] {0});
        PacketChannel ch = new PacketChannel(new ByteArrayInputStream(wire), new ByteArrayOutputStream(), 1000);
        ch.sendCommand(new io.sqlwire.mysql.protocol.packet.client.ComPing());
        assertThatThrownBy(ch::receive)
                .isInstanceOf(InternalException.class)
                .hasMessage("packets out of order: expected sequence id 1, got 2 (the connection is out of sync)");
    }
}
