package io.sqlwire.postgres.protocol.message.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlwire.postgres.protocol.ByteSink;
import org.junit.jupiter.api.Test;

class SSLRequestTest {

    @Test
    void encodesLengthEightAndTheRequestCode() {
        ByteSink out = new ByteSink();
        new SSLRequest().encode(out);
        assertThat(out.toByteArray()).containsExactly(0x00, 0x00, 0x00, 0x08, 0x04, 0xD2, 0x16, 0x2F);
    }

    @Test
    void codeIs1234And5679() {
        assertThat(SSLRequest.CODE).isEqualTo(1234 << 16 | 5679);
    }
}
