package io.sqlwire.postgres.protocol.message.backend;

import io.sqlwire.postgres.protocol.MessageReader;

/**
 * CopyInResponse {@code G}: the server is ready for COPY FROM STDIN data. Int8 overall format (0 text, 1 binary), Int16 column count,
 * Int16 format per column.
 */
public record CopyInResponse(int overallFormat, int[] columnFormats) implements BackendMessage {

    static CopyInResponse decode(MessageReader r) {
        int overall = r.byte1("overall format");
        return new CopyInResponse(overall, CopyFormats.read(r));
    }
}
