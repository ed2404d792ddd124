package io.sqlwire.postgres.protocol.message.frontend;

import io.sqlwire.postgres.protocol.ByteSink;

/** Query {@code Q}: String, the SQL text; may hold several statements (simple query protocol). */
public record Query(String sql) implements FrontendMessage {

    @Override
    public void encode(ByteSink out) {
        int at = out.beginMessage('Q');
        out.writeCString(sql);
        out.endMessage(at);
    }
}
