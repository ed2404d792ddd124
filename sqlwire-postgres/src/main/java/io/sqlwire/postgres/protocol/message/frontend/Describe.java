package io.sqlwire.postgres.protocol.message.frontend;

import io.sqlwire.postgres.protocol.ByteSink;

/** Describe {@code D}: Byte1 {@code S} (statement) or {@code P} (portal), String name. */
public record Describe(char kind, String name) implements FrontendMessage {

    public static Describe statement(String name) {
        return new Describe('S', name);
    }

    public static Describe portal(String name) {
        return new Describe('P', name);
    }

    @Override
    public void encode(ByteSink out) {
        int at = out.beginMessage('D');
        out.writeByte(kind).writeCString(name);
        out.endMessage(at);
    }
}
