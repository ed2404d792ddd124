package io.sqlwire.mysql.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.InternalException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import org.junit.jupiter.api.Test;

class PacketReaderTest {

    static PacketReader reader(byte[] wire, int max) {
        return new PacketReader(new ByteArrayInputStream(wire), max);
    }

    @Test
    void readsOneFrame() throws Exception {
        byte[] wire = LeBytes.frame(3, new byte[] {1, 2, 3});
        assertThat(wire).startsWith(3, 0, 0, 3);
        Packet p = reader(wire, 100).read();
        assertThat(p.sequenceId()).isEqualTo(3);
        assertThat(p.payload()).containsExactly(1, 2, 3);
    }

    @Test
    void emptyPayload() throws Exception {
        assertThat(reader(LeBytes.frame(0, new byte[0]), 100).read().payload()).isEmpty();
    }

    @Test
    void joinsFramesOfMaximalLength() throws Exception {
        byte[] big = new byte[PacketReader.MAX_FRAME];
        big[big.length - 1] = 42;
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        wire.writeBytes(LeBytes.frame(0, big));
        wire.writeBytes(LeBytes.frame(1, new byte[] {7}));
        Packet p = reader(wire.toByteArray(), Integer.MAX_VALUE).read();
        assertThat(p.payload()).hasSize(PacketReader.MAX_FRAME + 1);
        assertThat(p.payload()[PacketReader.MAX_FRAME - 1]).isEqualTo((byte) 42);
        assertThat(p.payload()[PacketReader.MAX_FRAME]).isEqualTo((byte) 7);
    }

    @Test
    void framesOutOfSequenceAreRefused() {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        wire.writeBytes(LeBytes.frame(0, new byte[PacketReader.MAX_FRAME]));
        wire.writeBytes(LeBytes.frame(5, new byte[0]));
        assertThatThrownBy(() -> reader(wire.toByteArray(), Integer.MAX_VALUE).read())
                .isInstanceOf(InternalException.class)
                .hasMessageContaining("expected sequence id 1, got 5");
    }

    @Test
    void truncationIsEndOfStream() {
        assertThatThrownBy(() -> reader(new byte[] {5, 0}, 100).read()).isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> reader(new byte[] {5, 0, 0, 0, 1, 2}, 100).read())
                .isInstanceOf(EOFException.class).hasMessageContaining("after 2 of 5 payload bytes");
    }

    @Test
    void anAbsurdLengthIsNotMySql() {
        // "HTTP" read as a header: length 0x545448
        assertThatThrownBy(() -> reader("HTTP/1.1 400".getBytes(), 64 * 1024).read())
                .isInstanceOf(InternalException.class)
                .hasMessageContaining("packet of 5526600 bytes exceeds the limit of 65536");
    }
}
