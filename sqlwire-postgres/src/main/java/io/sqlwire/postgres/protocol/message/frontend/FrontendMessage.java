package io.sqlwire.postgres.protocol.message.frontend;

import io.sqlwire.postgres.protocol.ByteSink;

/**
 * A message from the client to the server, one record per message of the protocol
 * documentation ("Message Formats"), named as there. Each record encodes its own bytes.
 */
public sealed interface FrontendMessage permits SSLRequest, StartupMessage, PasswordMessage, SASLInitialResponse, SASLResponse,
        Query, Parse, Bind, Describe, Execute, Close, Sync, Flush, Terminate,
        CopyData, CopyDone, CopyFail, CancelRequest {

    /** Appends the complete message, with its length word, to {@code out}. */
    void encode(ByteSink out);
}
