package io.sqlwire.mysql.protocol.packet.server;

import io.sqlwire.mysql.protocol.Capabilities;
import io.sqlwire.mysql.protocol.PayloadReader;
import io.sqlwire.mysql.protocol.ServerStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * OK_Packet, also the end of a result set under CLIENT_DEPRECATE_EOF (then with header 0xFE):
 * <pre>
 * int&lt;1&gt;        0x00 (or 0xFE ending a result set)
 * int&lt;lenenc&gt;   affected rows
 * int&lt;lenenc&gt;   last insert id
 * int&lt;2&gt;        status flags          } with CLIENT_PROTOCOL_41
 * int&lt;2&gt;        warnings              }
 * with CLIENT_SESSION_TRACK:
 *   string&lt;lenenc&gt; info, when bytes remain
 *   string&lt;lenenc&gt; session state changes, when status has SESSION_STATE_CHANGED
 * otherwise:
 *   string&lt;EOF&gt;    info
 * </pre>
 *
 * @param affectedRows rows changed (or matched, with CLIENT_FOUND_ROWS); unsigned
 * @param lastInsertId the AUTO_INCREMENT value the statement generated, or 0; unsigned
 * @param statusFlags {@link ServerStatus} flags
 * @param warnings the number of warnings the statement raised
 * @param info the human-readable info, e.g. {@code Rows matched: 1  Changed: 1  Warnings: 0}
 * @param sessionStateChanges what the session tracker reported, in order
 */
public record OkPacket(long affectedRows, long lastInsertId, int statusFlags, int warnings, String info,
        List<SessionStateChange> sessionStateChanges) implements ServerPacket {

    public static final int HEADER = 0x00;

    public OkPacket {
        sessionStateChanges = List.copyOf(sessionStateChanges);
    }

    /** Decodes an OK payload (header 0x00 or 0xFE) with the negotiated capabilities. */
    public static OkPacket decode(byte[] payload, long capabilities) {
        PayloadReader r = new PayloadReader(payload, "OK");
        int header = r.readUInt8("header");
        if (header != HEADER && header != EofPacket.HEADER) {
            throw r.malformed("header is 0x" + Integer.toHexString(header) + ", not 0x00 or 0xFE");
        }
        long affected = r.readLengthEncodedInt("affected rows");
        long insertId = r.readLengthEncodedInt("last insert id");
        int status = 0;
        int warnings = 0;
        if (Capabilities.has(capabilities, Capabilities.CLIENT_PROTOCOL_41)) {
            status = r.readUInt16("status flags");
            warnings = r.readUInt16("warnings");
        }
        if (!Capabilities.has(capabilities, Capabilities.CLIENT_SESSION_TRACK)) {
            return new OkPacket(affected, insertId, status, warnings, r.readRestAsString(), List.of());
        }
        String info = r.hasRemaining() ? r.readLengthEncodedString("info") : "";
        List<SessionStateChange> changes = List.of();
        if (ServerStatus.has(status, ServerStatus.SESSION_STATE_CHANGED) && r.hasRemaining()) {
            changes = decodeChanges(new PayloadReader(r.readLengthEncodedBytes("session state info"), "OK"));
        }
        return new OkPacket(affected, insertId, status, warnings, info, changes);
    }

    private static List<SessionStateChange> decodeChanges(PayloadReader r) {
        List<SessionStateChange> out = new ArrayList<>();
        while (r.hasRemaining()) {
            int type = r.readUInt8("session state type");
            PayloadReader data = new PayloadReader(r.readLengthEncodedBytes("session state data"), "OK");
            out.add(SessionStateChange.decode(type, data));
        }
        return out;
    }

    /** Encodes with CLIENT_PROTOCOL_41 (and the session-track layout when {@code sessionTrack}); for tests and fakes. */
    public byte[] encode(boolean sessionTrack) {
        var w = new io.sqlwire.mysql.protocol.PayloadWriter().int1(HEADER).lengthEncodedInt(affectedRows)
                .lengthEncodedInt(lastInsertId).int2(statusFlags).int2(warnings);
        if (!sessionTrack) {
            return w.text(info).toByteArray();
        }
        if (!info.isEmpty() || !sessionStateChanges.isEmpty()) {
            w.lengthEncodedString(info);
        }
        if (!sessionStateChanges.isEmpty()) {
            var changes = new io.sqlwire.mysql.protocol.PayloadWriter();
            sessionStateChanges.forEach(c -> c.encode(changes));
            w.lengthEncodedBytes(changes.toByteArray());
        }
        return w.toByteArray();
    }

    /** Whether another result follows (SERVER_MORE_RESULTS_EXISTS). */
    public boolean moreResults() {
        return ServerStatus.has(statusFlags, ServerStatus.MORE_RESULTS_EXISTS);
    }
}
