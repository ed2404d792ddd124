package io.sqlwire.postgres.protocol.message.backend;

import io.sqlwire.postgres.protocol.MessageReader;
import java.util.ArrayList;
import java.util.List;

/**
 * NegotiateProtocolVersion {@code v}: Int32 newest minor version the server supports, Int32 count,
 * then the names of the {@code _pq_.} startup options it did not recognise.
 */
public record NegotiateProtocolVersion(int newestMinorVersion, List<String> unsupportedOptions)
        implements BackendMessage {

    public NegotiateProtocolVersion {
        unsupportedOptions = List.copyOf(unsupportedOptions);
    }

    static NegotiateProtocolVersion decode(MessageReader r) {
        // documented as the minor version, but servers send the whole version word (3 << 16 | minor)
        int minor = r.int32("newest minor version") & 0xFFFF;
        int n = r.int32("option count");
        if (n < 0 || n > r.remaining()) {
            throw r.malformed("field \"option count\" is " + n + " with " + r.remaining() + " bytes left");
        }
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            names.add(r.cstring("option name"));
        }
        r.expectEnd();
        return new NegotiateProtocolVersion(minor, names);
    }
}
