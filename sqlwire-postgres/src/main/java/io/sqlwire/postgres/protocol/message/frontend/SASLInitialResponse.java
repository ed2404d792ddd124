package io.sqlwire.postgres.protocol.message.frontend;

import io.sqlwire.postgres.protocol.ByteSink;

/**
 * SASLInitialResponse {@code p}: String mechanism, Int32 length of the initial response (-1 for
 * none), Byten the response (SCRAM's client-first-message).
 */
public record SASLInitialResponse(String mechanism, byte[] data) implements FrontendMessage {

    @Override
    public void encode(ByteSink out) {
        int at = out.beginMessage('p');
        out.writeCString(mechanism);
        if (data == null) {
            out.writeInt32(-1);
        } else {
            out.writeInt32(data.length).writeBytes(data);
        }
        out.endMessage(at);
    }

    @Override
    public String toString() {
        return "SASLInitialResponse[" + mechanism + "]";
    }
}
