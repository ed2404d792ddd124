package io.sqlwire.postgres.protocol.message.frontend;

import io.sqlwire.postgres.protocol.ByteSink;

/** Sync {@code S}: ends an extended-query batch; the server answers with ReadyForQuery. Length 4, no body. */
public record Sync() implements FrontendMessage {

    @Override
    public void encode(ByteSink out) {
        out.writeByte('S').writeInt32(4);
    }
}
