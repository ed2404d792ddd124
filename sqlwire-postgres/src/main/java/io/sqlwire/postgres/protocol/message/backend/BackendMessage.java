package io.sqlwire.postgres.protocol.message.backend;

/**
 * A message from the server to the client, one record per message of the protocol documentation
 * ("Message Formats"), named as there. Each record decodes its own body; {@link BackendMessages}
 * dispatches on the type byte.
 */
public sealed interface BackendMessage permits Authentication, BackendKeyData, BindComplete, CloseComplete,
        CommandComplete, CopyInResponse, CopyOutResponse, CopyBothResponse, CopyData, CopyDone, DataRow,
        EmptyQueryResponse, ErrorResponse, NoticeResponse, NegotiateProtocolVersion, NoData,
        NotificationResponse, ParameterDescription, ParameterStatus, ParseComplete, PortalSuspended,
        ReadyForQuery, RowDescription {
}
