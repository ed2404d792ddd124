package io.sqlwire.postgres.protocol.message.frontend;

import io.sqlwire.postgres.protocol.ByteSink;

/** Flush {@code H}: asks the server to send what it has produced so far. Length 4, no body. */
public record Flush() implements FrontendMessage {

    @Override
    public void encode(ByteSink out) {
        out.writeByte('H').writeInt32(4);
    }
}
