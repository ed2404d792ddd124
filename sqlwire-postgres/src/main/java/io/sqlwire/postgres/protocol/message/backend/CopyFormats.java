package io.sqlwire.postgres.protocol.message.backend;

import io.sqlwire.postgres.protocol.MessageReader;

/**
 * The body shared by CopyInResponse, CopyOutResponse and CopyBothResponse: Int16 column count,
 * then Int16 format per column (0 text, 1 binary), and nothing after.
 */
final class CopyFormats {

    private CopyFormats() {
    }

    static int[] read(MessageReader r) {
        int n = r.int16("column count");
        if (n < 0) {
            throw r.malformed("field \"column count\" is negative: " + n);
        }
        int[] formats = new int[n];
        for (int i = 0; i < n; i++) {
            formats[i] = r.int16("column format");
        }
        r.expectEnd();
        return formats;
    }
}
