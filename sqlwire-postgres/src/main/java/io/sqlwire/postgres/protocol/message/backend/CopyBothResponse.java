package io.sqlwire.postgres.protocol.message.backend;

import io.sqlwire.postgres.protocol.MessageReader;

/**
 * CopyBothResponse {@code W}: streaming replication copy in both directions. Int8 overall format (0 text, 1 binary), Int16 column count,
 * Int16 format per column.
 */
public record CopyBothResponse(int overallFormat, int[] columnFormats) implements BackendMessage {

    static CopyBothResponse decode(MessageReader r) {
        int overall = r.byte1("overall format");
        return new CopyBothResponse(overall, CopyFormats.read(r));
    }
}
