package io.sqlwire.mysql.protocol.packet.server;

import io.sqlwire.mysql.protocol.PayloadReader;
import io.sqlwire.mysql.protocol.PayloadWriter;
import io.sqlwire.mysql.protocol.ServerStatus;

/**
 * EOF_Packet (without CLIENT_DEPRECATE_EOF: after column definitions and after the rows):
 * <pre>
 * int&lt;1&gt;  0xFE
 * int&lt;2&gt;  warnings
 * int&lt;2&gt;  status flags
 * </pre>
 * A payload starting with 0xFE is an EOF only when shorter than 9 bytes; a longer one is a row
 * or, under CLIENT_DEPRECATE_EOF, an OK packet.
 */
public record EofPacket(int warnings, int statusFlags) implements ServerPacket {
    public static final int HEADER = 0xFE;

    /** Whether {@code payload} is an EOF packet (or a DEPRECATE_EOF OK) rather than a row. */
    public static boolean isEof(byte[] payload) {
        return payload.length > 0 && (payload[0] & 0xFF) == HEADER && payload.length < 9;
    }

    public static EofPacket decode(byte[] payload) {
        PayloadReader r = new PayloadReader(payload, "EOF");
        if (r.readUInt8("header") != HEADER) {
            throw r.malformed("header is not 0xFE");
        }
        int warnings = r.readUInt16("warnings");
        return new EofPacket(warnings, r.readUInt16("status flags"));
    }

    public byte[] encode() {
        return new PayloadWriter().int1(HEADER).int2(warnings).int2(statusFlags).toByteArray();
    }

    public boolean moreResults() {
        return ServerStatus.has(statusFlags, ServerStatus.MORE_RESULTS_EXISTS);
    }
}
