package io.sqlwire.postgres.protocol.message.frontend;

import io.sqlwire.postgres.protocol.ByteSink;

/** CopyDone {@code c}: the end of COPY FROM STDIN data. Length 4, no body. */
public record CopyDone() implements FrontendMessage {

    @Override
    public void encode(ByteSink out) {
        out.writeByte('c').writeInt32(4);
    }
}
