package io.sqlwire.postgres.protocol.message.frontend;

import io.sqlwire.Secret;
import io.sqlwire.postgres.protocol.ByteSink;

/**
 * PasswordMessage {@code p}: a cleartext or md5-hashed password, as a NUL-terminated string.
 * Held as a {@link Secret} so that {@code toString()} never shows it.
 */
public record PasswordMessage(Secret password) implements FrontendMessage {

    @Override
    public void encode(ByteSink out) {
        int at = out.beginMessage('p');
        out.writeCString(password.reveal());
        out.endMessage(at);
    }
}
