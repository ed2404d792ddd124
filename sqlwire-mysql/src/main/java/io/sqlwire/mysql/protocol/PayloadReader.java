package io.sqlwire.mysql.protocol;

import io.sqlwire.InternalException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the fields of one packet payload, little-endian as the MySQL protocol wants. Every read is
 * bounds-checked: a short or malformed packet gives an {@link InternalException} that names the
 * packet, the field and the offset, never an index error.
 */
public final class PayloadReader {
    private final byte[] payload;
    private final String packetName;
    private int pos;

    /** @param packetName the packet's name for messages, e.g. {@code HandshakeV10} */
    public PayloadReader(byte[] payload, String packetName) {
        this.payload = payload;
        this.packetName = packetName;
    }

    public int remaining() {
        return payload.length - pos;
    }

    public boolean hasRemaining() {
        return pos < payload.length;
    }

    /** The next byte without consuming it, or -1 at the end. */
    public int peek() {
        return hasRemaining() ? payload[pos] & 0xFF : -1;
    }

    /** int&lt;1&gt;. */
    public int readUInt8(String field) {
        require(1, field);
        return payload[pos++] & 0xFF;
    }

    /** int&lt;2&gt;. */
    public int readUInt16(String field) {
        require(2, field);
        int v = (payload[pos] & 0xFF) | (payload[pos + 1] & 0xFF) << 8;
        pos += 2;
        return v;
    }

    /** int&lt;4&gt;, unsigned. */
    public long readUInt32(String field) {
        require(4, field);
        long v = (payload[pos] & 0xFFL) | (payload[pos + 1] & 0xFFL) << 8 | (payload[pos + 2] & 0xFFL) << 16
                | (payload[pos + 3] & 0xFFL) << 24;
        pos += 4;
        return v;
    }

    /** int&lt;3&gt;. */
    public int readUInt24(String field) {
        require(3, field);
        int v = (payload[pos] & 0xFF) | (payload[pos + 1] & 0xFF) << 8 | (payload[pos + 2] & 0xFF) << 16;
        pos += 3;
        return v;
    }

    /** int&lt;8&gt;; values above Long.MAX_VALUE come back negative (the caller reads them as unsigned). */
    public long readInt64(String field) {
        require(8, field);
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = v << 8 | (payload[pos + i] & 0xFFL);
        }
        pos += 8;
        return v;
    }

    /**
     * int&lt;lenenc&gt;: below 0xFB one byte; 0xFC + int&lt;2&gt;; 0xFD + int&lt;3&gt;; 0xFE + int&lt;8&gt;.
     * 0xFB (NULL in a text row) and 0xFF (ERR) are not integers here.
     */
    public long readLengthEncodedInt(String field) {
        int first = readUInt8(field);
        return switch (first) {
            case 0xFC -> readUInt16(field);
            case 0xFD -> readUInt24(field);
            case 0xFE -> readInt64(field);
            case 0xFB, 0xFF -> throw malformed("byte 0x" + Integer.toHexString(first) + " at " + (pos - 1)
                    + " is not a length-encoded integer (" + field + ")");
            default -> first;
        };
    }

    /** string&lt;lenenc&gt; as bytes. */
    public byte[] readLengthEncodedBytes(String field) {
        long len = readLengthEncodedInt(field);
        if (len < 0 || len > remaining()) {
            throw malformed("truncated at byte " + pos + " reading " + field + " (length " + Long.toUnsignedString(len)
                    + ", " + remaining() + " bytes left)");
        }
        return readBytes((int) len, field);
    }

    /** string&lt;lenenc&gt;, UTF-8. */
    public String readLengthEncodedString(String field) {
        return new String(readLengthEncodedBytes(field), StandardCharsets.UTF_8);
    }

    /** string&lt;lenenc&gt; or the NULL marker 0xFB of a text row, which gives {@code null}. */
    public byte[] readNullableLengthEncodedBytes(String field) {
        if (peek() == 0xFB) {
            pos++;
            return null;
        }
        return readLengthEncodedBytes(field);
    }

    /** The rest of the payload as bytes. */
    public byte[] readRest() {
        byte[] out = Arrays.copyOfRange(payload, pos, payload.length);
        pos = payload.length;
        return out;
    }

    /** The current offset, for messages. */
    public int position() {
        return pos;
    }

    /** string&lt;fix&gt; as bytes. */
    public byte[] readBytes(int n, String field) {
        require(n, field);
        byte[] out = Arrays.copyOfRange(payload, pos, pos + n);
        pos += n;
        return out;
    }

    public void skip(int n, String field) {
        require(n, field);
        pos += n;
    }

    /** Whether a NUL byte follows somewhere in the rest of the payload. */
    public boolean hasNulAhead() {
        for (int i = pos; i < payload.length; i++) {
            if (payload[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** string&lt;NUL&gt;, UTF-8. */
    public String readNulTerminated(String field) {
        for (int i = pos; i < payload.length; i++) {
            if (payload[i] == 0) {
                String s = new String(payload, pos, i - pos, StandardCharsets.UTF_8);
                pos = i + 1;
                return s;
            }
        }
        throw malformed("no NUL terminator after " + field + " (starting at byte " + pos + ")");
    }

    /** string&lt;EOF&gt;: the rest of the payload, UTF-8. */
    public String readRestAsString() {
        String s = new String(payload, pos, payload.length - pos, StandardCharsets.UTF_8);
        pos = payload.length;
        return s;
    }

    /** An exception naming this packet: {@code malformed HandshakeV10: <problem>}. */
    public InternalException malformed(String problem) {
        return new InternalException("malformed " + packetName + " packet from the server: " + problem);
    }

    private void require(int n, String field) {
        if (n < 0 || n > remaining()) {
            throw malformed("truncated at byte " + pos + " reading " + field + " (needs " + n + " bytes, "
                    + remaining() + " left)");
        }
    }
}
