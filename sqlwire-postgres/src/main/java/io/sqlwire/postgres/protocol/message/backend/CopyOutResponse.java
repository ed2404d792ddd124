package io.sqlwire.postgres.protocol.message.backend;

import io.sqlwire.postgres.protocol.MessageReader;

/**
 * CopyOutResponse {@code H}: COPY TO STDOUT data follows. Int8 overall format (0 text, 1 binary), Int16 column count,
 * Int16 format per column.
 */
public record CopyOutResponse(int overallFormat, int[] columnFormats) implements BackendMessage {

    static CopyOutResponse decode(MessageReader r) {
        int overall = r.byte1("overall format");
        return new CopyOutResponse(overall, CopyFormats.read(r));
    }
}
