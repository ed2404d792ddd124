package io.sqlwire.postgres.protocol.message.frontend;

import io.sqlwire.postgres.protocol.ByteSink;

/** CopyFail {@code f}: String, why the client aborts COPY FROM STDIN. */
public record CopyFail(String message) implements FrontendMessage {

    @Override
    public void encode(ByteSink out) {
        int at = out.beginMessage('f');
        out.writeCString(message);
        out.endMessage(at);
    }
}
