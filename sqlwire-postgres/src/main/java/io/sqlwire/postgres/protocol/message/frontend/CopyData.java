package io.sqlwire.postgres.protocol.message.frontend;

import io.sqlwire.postgres.protocol.ByteSink;

/** CopyData {@code d}: Byten, a chunk of COPY FROM STDIN data. */
public record CopyData(byte[] data) implements FrontendMessage {

    @Override
    public void encode(ByteSink out) {
        int at = out.beginMessage('d');
        out.writeBytes(data);
        out.endMessage(at);
    }
}
