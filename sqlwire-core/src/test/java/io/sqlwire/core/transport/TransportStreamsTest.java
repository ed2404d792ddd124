package io.sqlwire.core.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class TransportStreamsTest {

    @Test
    void inputBuffersAndCountsWhatIsBuffered() throws Exception {
        TransportInput in = new TransportInput(new ByteArrayInputStream(new byte[] {'S', 1, 2}), 256);
        assertThat(in.read()).isEqualTo('S');
        // the whole server write landed in the buffer: the transport can see the two extra bytes
        assertThat(in.buffered()).isEqualTo(2);
        assertThatThrownBy(() -> in.switchSource(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(IllegalStateException.class);
        assertThat(in.readNBytes(2)).containsExactly(1, 2);
        in.switchSource(new ByteArrayInputStream(new byte[] {9}));
        assertThat(in.read()).isEqualTo(9);
        assertThat(in.read()).isEqualTo(-1);
    }

    @Test
    void largeReadsBypassTheBuffer() throws Exception {
        byte[] data = new byte[1000];
        data[999] = 7;
        TransportInput in = new TransportInput(new ByteArrayInputStream(data), 256);
        assertThat(in.readNBytes(1000)).isEqualTo(data);
    }

    @Test
    void outputSendsNothingBeforeFlushAndSwitchesSinksCleanly() throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        TransportOutput out = new TransportOutput(plain, 256);
        out.write(new byte[] {0, 0, 0, 8});
        assertThat(plain.size()).isZero();
        out.flush();
        assertThat(plain.toByteArray()).containsExactly(0, 0, 0, 8);
        ByteArrayOutputStream tls = new ByteArrayOutputStream();
        out.write(1);
        out.switchSink(tls); // pending bytes go to the old sink first
        out.write(2);
        out.write(new byte[300]);
        out.flush();
        assertThat(plain.toByteArray()).hasSize(5);
        assertThat(tls.toByteArray()).hasSize(301).startsWith(2);
    }
}
