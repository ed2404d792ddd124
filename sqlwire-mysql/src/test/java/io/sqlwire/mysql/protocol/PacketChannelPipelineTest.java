package io.sqlwire.mysql.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlwire.mysql.protocol.packet.client.ComStmtExecute;
import io.sqlwire.mysql.protocol.packet.client.ComStmtPrepare;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class PacketChannelPipelineTest {

    @Test
    void pipelinedCommandsEachStartAtSequenceZeroAndAnswersAtOne() throws Exception {
        // two answers, each one packet at sequence id 1: an OK-ish byte each
        byte[] answers = {1, 0, 0, 1, 0x00, 1, 0, 0, 1, (byte) 0xFE};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PacketChannel channel = new PacketChannel(new ByteArrayInputStream(answers), out, 1 << 24);
        channel.sendPipelined(List.of(new ComStmtPrepare("select 1"),
                new ComStmtExecute(0xFFFF_FFFFL, List.of())));
        byte[] wire = out.toByteArray();
        assertThat(wire).startsWith(9, 0, 0, 0, 0x16, 's');
        // the execute: 10-byte payload, sequence id 0, command 0x17, statement id 0xFFFFFFFF
        assertThat(java.util.Arrays.copyOfRange(wire, 13, wire.length))
                .containsExactly(10, 0, 0, 0, 0x17, 0xFF, 0xFF, 0xFF, 0xFF, 0, 1, 0, 0, 0);
        assertThat(channel.receive()).containsExactly(0x00);
        channel.nextAnswer();
        assertThat(channel.receive()).containsExactly(0xFE);
    }
}
