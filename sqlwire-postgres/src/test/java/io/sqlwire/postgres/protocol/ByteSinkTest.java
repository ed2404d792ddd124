package io.sqlwire.postgres.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class ByteSinkTest {

    @Test
    void growsAndWritesBigEndian() throws Exception {
        ByteSink s = new ByteSink(1);
        for (int i = 0; i < 10; i++) {
            s.writeInt32(0x01020304);
        }
        s.writeByte(0xFF);
        assertThat(s.size()).isEqualTo(41);
        assertThat(s.toByteArray()).startsWith(1, 2, 3, 4, 1).endsWith(4, 0xFF);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.writeTo(out);
        assertThat(out.size()).isEqualTo(41);
        assertThat(s.size()).isZero();
    }
}
