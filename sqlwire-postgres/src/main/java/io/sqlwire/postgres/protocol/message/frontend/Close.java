package io.sqlwire.postgres.protocol.message.frontend;

import io.sqlwire.postgres.protocol.ByteSink;

/** Close {@code C}: Byte1 {@code S} (statement) or {@code P} (portal), String name. */
public record Close(char kind, String name) implements FrontendMessage {

    public static Close statement(String name) {
        return new Close('S', name);
    }

    public static Close portal(String name) {
        return new Close('P', name);
    }

    @Override
    public void encode(ByteSink out) {
        int at = out.beginMessage('C');
        out.writeByte(kind).writeCString(name);
        out.endMessage(at);
    }
}
