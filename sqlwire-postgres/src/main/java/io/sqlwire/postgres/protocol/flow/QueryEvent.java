package io.sqlwire.postgres.protocol.flow;

import io.sqlwire.postgres.protocol.message.backend.CommandComplete;
import io.sqlwire.postgres.protocol.message.backend.DataRow;
import io.sqlwire.postgres.protocol.message.backend.NoticeFields;
import io.sqlwire.postgres.protocol.message.backend.NotificationResponse;
import io.sqlwire.postgres.protocol.message.backend.RowDescription;

/** What one backend message meant to the request it answered. */
public sealed interface QueryEvent {

    /** A result with rows starts; these are its columns. */
    record Columns(RowDescription description) implements QueryEvent {
    }

    /** One row of the current result. */
    record Row(DataRow row) implements QueryEvent {
    }

    /** A statement finished. */
    record Complete(CommandComplete complete) implements QueryEvent {
    }

    /** The portal reached its row limit and has more rows. */
    record Suspended() implements QueryEvent {
    }

    /** The statement was empty. */
    record EmptyQuery() implements QueryEvent {
    }

    /**
     * The server reported an error; the rest of the request is skipped up to its ReadyForQuery.
     *
     * @param statementInvalidated a cached prepared statement failed because it is stale ("cached
     *     plan must not change result type", or it no longer exists): it was dropped from the
     *     cache and running the request again re-prepares it
     */
    record Failed(NoticeFields fields, boolean statementInvalidated) implements QueryEvent {
    }

    /** A NoticeResponse (a warning, a notice). */
    record Notice(NoticeFields fields) implements QueryEvent {
    }

    /** A NotificationResponse from LISTEN. */
    record Notification(NotificationResponse notification) implements QueryEvent {
    }

    /** The server waits for COPY FROM STDIN data: send CopyData, then CopyDone or CopyFail. */
    record CopyInReady() implements QueryEvent {
    }

    /** One chunk of COPY TO STDOUT data (a row, in text or csv format). */
    record CopyOutData(byte[] data) implements QueryEvent {
    }

    /** The request is finished (ReadyForQuery); {@code status} is the transaction status. */
    record Ready(char status) implements QueryEvent {
    }

    /** A message that only moves the request along (ParseComplete, BindComplete, ParameterStatus, ...). */
    record Progress() implements QueryEvent {
        static final Progress INSTANCE = new Progress();
    }
}
