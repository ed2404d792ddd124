package io.sqlwire.postgres.protocol.message.backend;

import io.sqlwire.postgres.protocol.MessageReader;

/**
 * NoticeResponse {@code N}: fields, each Byte1 code and String value, ended by a zero byte. See
 * {@link NoticeFields} for the codes.
 */
public record NoticeResponse(NoticeFields fields) implements BackendMessage {

    static NoticeResponse decode(MessageReader r) {
        return new NoticeResponse(NoticeFields.decode(r));
    }
}
