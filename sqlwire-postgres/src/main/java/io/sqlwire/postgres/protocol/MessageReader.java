package io.sqlwire.postgres.protocol;

import io.sqlwire.InternalException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the body of one backend message (after its type byte and length word) from a byte array,
 * big-endian. Every read names the field it reads, so that a malformed or truncated message is
 * reported as e.g. {@code malformed RowDescription from the server: field "column name" runs past
 * the end of the message}.
 */
public final class MessageReader {
    private final byte[] buf;
    private final String message;
    private final int end;
    private int pos;

    public MessageReader(String message, byte[] buf, int offset, int length) {
        this.message = message;
        this.buf = buf;
        this.pos = offset;
        this.end = offset + length;
    }

    /** A reader over a whole array. */
    public static MessageReader of(String message, byte[] body) {
        return new MessageReader(message, body, 0, body.length);
    }

    /** The message name, for errors. */
    public String message() {
        return message;
    }

    /** The backing array (for zero-copy views such as DataRow). */
    public byte[] array() {
        return buf;
    }

    public int position() {
        return pos;
    }

    public int remaining() {
        return end - pos;
    }

    public int byte1(String field) {
        need(1, field);
        return buf[pos++] & 0xFF;
    }

    public int int16(String field) {
        need(2, field);
        int v = (short) ((buf[pos] & 0xFF) << 8 | buf[pos + 1] & 0xFF);
        pos += 2;
        return v;
    }

    public int int32(String field) {
        need(4, field);
        int v = (buf[pos] & 0xFF) << 24 | (buf[pos + 1] & 0xFF) << 16 | (buf[pos + 2] & 0xFF) << 8 | buf[pos + 3] & 0xFF;
        pos += 4;
        return v;
    }

    /** A NUL-terminated UTF-8 string. */
    public String cstring(String field) {
        int start = pos;
        for (int i = pos; i < end; i++) {
            if (buf[i] == 0) {
                pos = i + 1;
                return new String(buf, start, i - start, StandardCharsets.UTF_8);
            }
        }
        throw malformed("field \"" + field + "\" has no NUL terminator before the end of the message");
    }

    /** {@code n} bytes, copied. */
    public byte[] bytes(int n, String field) {
        if (n < 0) {
            throw malformed("field \"" + field + "\" has a negative length " + n);
        }
        need(n, field);
        byte[] out = Arrays.copyOfRange(buf, pos, pos + n);
        pos += n;
        return out;
    }

    /** The rest of the message, copied. */
    public byte[] rest() {
        return bytes(remaining(), "data");
    }

    /** Skips {@code n} bytes. */
    public void skip(int n, String field) {
        if (n < 0) {
            throw malformed("field \"" + field + "\" has a negative length " + n);
        }
        need(n, field);
        pos += n;
    }

    /** Checks the whole body was read: trailing bytes mean the message is not what it claims. */
    public void expectEnd() {
        if (pos != end) {
            throw malformed((end - pos) + " unexpected bytes after the last field");
        }
    }

    /** An InternalException naming this message and the problem. */
    public InternalException malformed(String problem) {
        return new InternalException("malformed " + message + " from the server: " + problem,
                "08P01", 0, false, null);
    }

    private void need(int n, String field) {
        if (end - pos < n) {
            throw malformed("field \"" + field + "\" runs past the end of the message (needs " + n
                    + " bytes, " + (end - pos) + " left)");
        }
    }
}
