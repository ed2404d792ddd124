package io.sqlwire.mysql.protocol.packet.server;

import io.sqlwire.OperationalException;
import io.sqlwire.mysql.protocol.PayloadReader;
import java.util.Set;

/**
 * ERR_Packet:
 * <pre>
 * int&lt;1&gt;      0xFF header
 * int&lt;2&gt;      error code
 * string[1]   '#' SQL state marker   } present with CLIENT_PROTOCOL_41, and absent in errors sent
 * string[5]   SQL state              } before the handshake, such as "Too many connections"
 * string&lt;EOF&gt; error message
 * </pre>
 *
 * @param errorCode the server's error number, e.g. 1040
 * @param sqlState the SQLSTATE, or {@code null} when the packet has none
 * @param message the server's text
 */
public record ErrPacket(int errorCode, String sqlState, String message) implements ServerPacket {

    /** Errors a later attempt may not meet: too many connections, per-user limits. */
    private static final Set<Integer> TRANSIENT = Set.of(1040, 1203, 1226);

    /** Decodes a payload that starts with 0xFF. */
    public static ErrPacket decode(byte[] payload) {
        PayloadReader r = new PayloadReader(payload, "ERR");
        if (r.readUInt8("header") != ERR_HEADER) {
            throw r.malformed("header is not 0xFF");
        }
        int code = r.readUInt16("error code");
        String state = null;
        if (r.peek() == '#' && r.remaining() >= 6) {
            r.skip(1, "SQL state marker");
            state = new String(r.readBytes(5, "SQL state"), java.nio.charset.StandardCharsets.US_ASCII);
        }
        return new ErrPacket(code, state, r.readRestAsString());
    }

    /** Encodes with the SQL state marker when there is a state; for tests and fakes. */
    public byte[] encode() {
        var w = new io.sqlwire.mysql.protocol.PayloadWriter().int1(ERR_HEADER).int2(errorCode);
        if (sqlState != null) {
            w.text("#").text(sqlState);
        }
        return w.text(message).toByteArray();
    }

    /** {@code ERROR 1040 (08004): Too many connections}, in the style of the mysql client. */
    public String describe() {
        return "ERROR " + errorCode + (sqlState != null ? " (" + sqlState + ")" : "") + ": " + message;
    }

    /** An {@link OperationalException} carrying the code and SQLSTATE; transient for connection limits. */
    public OperationalException toException() {
        return new OperationalException(describe(), sqlState, errorCode, TRANSIENT.contains(errorCode), null);
    }
}
