package io.sqlwire.postgres.protocol.message.backend;

import io.sqlwire.postgres.protocol.MessageReader;
import java.util.ArrayList;
import java.util.List;

/** AuthenticationSASL ({@code R}, code 10): the SASL mechanisms offered, each a String, then an empty String. */
public record AuthenticationSASL(List<String> mechanisms) implements Authentication {

    public AuthenticationSASL {
        mechanisms = List.copyOf(mechanisms);
    }

    static AuthenticationSASL decode(MessageReader r) {
        List<String> names = new ArrayList<>();
        for (String m = r.cstring("mechanism"); !m.isEmpty(); m = r.cstring("mechanism")) {
            names.add(m);
        }
        r.expectEnd();
        return new AuthenticationSASL(names);
    }
}
