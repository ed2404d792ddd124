package io.sqlwire.postgres.protocol.message.frontend;

import io.sqlwire.postgres.protocol.ByteSink;

/** Terminate {@code X}: the client is closing the connection. Length 4, no body. */
public record Terminate() implements FrontendMessage {

    @Override
    public void encode(ByteSink out) {
        out.writeByte('X').writeInt32(4);
    }
}
