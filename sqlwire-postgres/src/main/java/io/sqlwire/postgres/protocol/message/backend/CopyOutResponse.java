package io.sqlwire.postgres.protocol.message.backend;

import io.sqlwire.postgres.protocol.MessageReader;

/**
 * CopyOutResponse {@code H}: COPY TO STDOUT data follows. Int8 overall format (0 text, 1 binary), Int16 column count,
 * Int16 format per column.
 */
public record CopyOutResponse(int overallFormat, int[] columnFormats) implements BackendMessage {

    static CopyOutResponse decode(MessageReader r) {
        int overall = r.byte1("overall format");
        int n = r.int16("column count");
        if (n < 0) {
            throw r.malformed("field \"column count\" is negative: " + n);
        }
        int[] formats = new int[n];
        for (int i = 0; i < n; i++) {
            formats[i] = r.int16("column format");
        }
        r.expectEnd();
        return new CopyOutResponse(overall, formats);
    }
}
