package io.sqlwire.postgres.protocol.message.frontend;

import io.sqlwire.postgres.protocol.ByteSink;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * StartupMessage (no type byte):
 * <pre>
 * Int32   length, including itself
 * Int32   protocol version: major in the high 16 bits, minor in the low 16 (196608 = 3.0, 196610 = 3.2)
 * String name, String value   for each parameter (user is required)
 * Byte1(0)                    terminator
 * </pre>
 */
public record StartupMessage(int protocolVersion, Map<String, String> parameters) implements FrontendMessage {

    /** Protocol 3.0. */
    public static final int PROTOCOL_3_0 = 3 << 16;
    /** Protocol 3.2 (PostgreSQL 18): variable-length cancel keys. */
    public static final int PROTOCOL_3_2 = 3 << 16 | 2;

    public StartupMessage {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    @Override
    public void encode(ByteSink out) {
        int at = out.beginUntyped();
        out.writeInt32(protocolVersion);
        parameters.forEach((k, v) -> out.writeCString(k).writeCString(v));
        out.writeByte(0);
        out.endMessage(at);
    }
}
