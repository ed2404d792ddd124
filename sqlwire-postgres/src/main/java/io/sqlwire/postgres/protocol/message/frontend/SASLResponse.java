package io.sqlwire.postgres.protocol.message.frontend;

import io.sqlwire.postgres.protocol.ByteSink;

/** SASLResponse {@code p}: Byten, the mechanism's next message (SCRAM's client-final-message). */
public record SASLResponse(byte[] data) implements FrontendMessage {

    @Override
    public void encode(ByteSink out) {
        int at = out.beginMessage('p');
        out.writeBytes(data);
        out.endMessage(at);
    }

    @Override
    public String toString() {
        return "SASLResponse[" + data.length + " bytes]";
    }
}
