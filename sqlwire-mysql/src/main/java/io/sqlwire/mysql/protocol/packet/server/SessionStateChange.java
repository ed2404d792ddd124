package io.sqlwire.mysql.protocol.packet.server;

import io.sqlwire.mysql.protocol.PayloadReader;
import io.sqlwire.mysql.protocol.PayloadWriter;

/**
 * One entry of an OK packet's session state information:
 * <pre>
 * int&lt;1&gt;           type: 0 SYSTEM_VARIABLES, 1 SCHEMA, 2 STATE_CHANGE, 3 GTIDS,
 *                    4 TRANSACTION_CHARACTERISTICS, 5 TRANSACTION_STATE
 * string&lt;lenenc&gt;   data: for SYSTEM_VARIABLES a lenenc name then a lenenc value; for the others
 *                    one lenenc string (GTIDS: an encoding byte first)
 * </pre>
 *
 * @param type the tracker type
 * @param name the variable name for SYSTEM_VARIABLES, else {@code null}
 * @param value the new value (schema name, "1", GTID set, transaction state ...)
 */
public record SessionStateChange(int type, String name, String value) {
    public static final int SYSTEM_VARIABLES = 0;
    public static final int SCHEMA = 1;
    public static final int STATE_CHANGE = 2;
    public static final int GTIDS = 3;
    public static final int TRANSACTION_CHARACTERISTICS = 4;
    public static final int TRANSACTION_STATE = 5;

    static SessionStateChange decode(int type, PayloadReader data) {
        return switch (type) {
            case SYSTEM_VARIABLES -> new SessionStateChange(type, data.readLengthEncodedString("variable name"),
                    data.hasRemaining() ? data.readLengthEncodedString("variable value") : "");
            case GTIDS -> {
                data.skip(1, "GTID encoding");
                yield new SessionStateChange(type, null, data.readLengthEncodedString("GTIDs"));
            }
            case SCHEMA, STATE_CHANGE, TRANSACTION_CHARACTERISTICS, TRANSACTION_STATE ->
                    new SessionStateChange(type, null, data.readLengthEncodedString("tracker value"));
            // unknown trackers are skipped, as the protocol asks: the outer length already bounded them
            default -> new SessionStateChange(type, null, data.readRestAsString());
        };
    }

    void encode(PayloadWriter out) {
        PayloadWriter data = new PayloadWriter();
        if (type == SYSTEM_VARIABLES) {
            data.lengthEncodedString(name);
        }
        data.lengthEncodedString(value);
        out.int1(type).lengthEncodedBytes(data.toByteArray());
    }
}
