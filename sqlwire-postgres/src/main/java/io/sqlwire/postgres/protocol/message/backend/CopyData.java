package io.sqlwire.postgres.protocol.message.backend;

import io.sqlwire.postgres.protocol.MessageReader;

/** CopyData {@code d}: Byten, a chunk of COPY TO STDOUT data (one row in text or csv format). */
public record CopyData(byte[] data) implements BackendMessage {

    static CopyData decode(MessageReader r) {
        return new CopyData(r.rest());
    }

    @Override
    public String toString() {
        return "CopyData[" + data.length + " bytes]";
    }
}
