package io.sqlwire.postgres.protocol.message.backend;

import io.sqlwire.postgres.protocol.MessageReader;

/** ParameterStatus {@code S}: String name, String value of a reported run-time parameter. */
public record ParameterStatus(String name, String value) implements BackendMessage {

    static ParameterStatus decode(MessageReader r) {
        String name = r.cstring("name");
        String value = r.cstring("value");
        r.expectEnd();
        return new ParameterStatus(name, value);
    }
}
