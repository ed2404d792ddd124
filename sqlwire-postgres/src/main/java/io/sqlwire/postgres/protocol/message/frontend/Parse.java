package io.sqlwire.postgres.protocol.message.frontend;

import io.sqlwire.postgres.protocol.ByteSink;

/**
 * Parse {@code P}: String statement name ("" = unnamed), String query, Int16 number of parameter
 * types, Int32 type OID for each (0 = let the server infer).
 */
public record Parse(String name, String sql, int[] parameterTypes) implements FrontendMessage {

    @Override
    public void encode(ByteSink out) {
        int at = out.beginMessage('P');
        out.writeCString(name).writeCString(sql).writeInt16(parameterTypes.length);
        for (int oid : parameterTypes) {
            out.writeInt32(oid);
        }
        out.endMessage(at);
    }
}
