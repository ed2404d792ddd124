package io.sqlwire.postgres.protocol.message.backend;

import io.sqlwire.postgres.protocol.MessageReader;

/**
 * ErrorResponse {@code E}: fields, each Byte1 code and String value, ended by a zero byte. See
 * {@link NoticeFields} for the codes.
 */
public record ErrorResponse(NoticeFields fields) implements BackendMessage {

    static ErrorResponse decode(MessageReader r) {
        return new ErrorResponse(NoticeFields.decode(r));
    }
}
