package io.sqlwire.postgres.protocol.message.backend;

import io.sqlwire.postgres.protocol.MessageReader;

/** ParameterDescription {@code t}: Int16 count, Int32 type OID per parameter. */
public record ParameterDescription(int[] typeOids) implements BackendMessage {

    static ParameterDescription decode(MessageReader r) {
        int n = r.int16("parameter count") & 0xFFFF;
        int[] oids = new int[n];
        for (int i = 0; i < n; i++) {
            oids[i] = r.int32("parameter type");
        }
        r.expectEnd();
        return new ParameterDescription(oids);
    }
}
