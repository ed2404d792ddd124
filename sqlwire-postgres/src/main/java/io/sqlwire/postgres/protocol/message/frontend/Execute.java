package io.sqlwire.postgres.protocol.message.frontend;

import io.sqlwire.postgres.protocol.ByteSink;

/** Execute {@code E}: String portal, Int32 maximum rows to return (0 = all). */
public record Execute(String portal, int maxRows) implements FrontendMessage {

    @Override
    public void encode(ByteSink out) {
        int at = out.beginMessage('E');
        out.writeCString(portal).writeInt32(maxRows);
        out.endMessage(at);
    }
}
