package io.sqlwire.mysql.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Builds one packet payload, little-endian, growing as needed. */
public final class PayloadWriter {
    private byte[] buf;
    private int len;

    public PayloadWriter() {
        this(64);
    }

    public PayloadWriter(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    private void ensure(int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }

    /** int&lt;1&gt;. */
    public PayloadWriter int1(int v) {
        ensure(1);
        buf[len++] = (byte) v;
        return this;
    }

    /** int&lt;2&gt;. */
    public PayloadWriter int2(int v) {
        return int1(v).int1(v >>> 8);
    }

    /** int&lt;3&gt;. */
    public PayloadWriter int3(int v) {
        return int2(v).int1(v >>> 16);
    }

    /** int&lt;4&gt;. */
    public PayloadWriter int4(long v) {
        return int2((int) v).int2((int) (v >>> 16));
    }

    /** int&lt;8&gt;. */
    public PayloadWriter int8(long v) {
        return int4(v).int4(v >>> 32);
    }

    /** int&lt;lenenc&gt; (unsigned). */
    public PayloadWriter lengthEncodedInt(long v) {
        if (v >= 0 && v < 0xFB) {
            return int1((int) v);
        }
        if (v >= 0 && v < 1 << 16) {
            return int1(0xFC).int2((int) v);
        }
        if (v >= 0 && v < 1 << 24) {
            return int1(0xFD).int3((int) v);
        }
        return int1(0xFE).int8(v);
    }

    public PayloadWriter bytes(byte[] b) {
        return bytes(b, 0, b.length);
    }

    public PayloadWriter bytes(byte[] b, int off, int n) {
        ensure(n);
        System.arraycopy(b, off, buf, len, n);
        len += n;
        return this;
    }

    public PayloadWriter zeros(int n) {
        ensure(n);
        len += n; // the buffer is zero-filled past len: it only ever grows
        return this;
    }

    /** string&lt;lenenc&gt; of raw bytes. */
    public PayloadWriter lengthEncodedBytes(byte[] b) {
        return lengthEncodedInt(b.length).bytes(b);
    }

    /** string&lt;lenenc&gt;, UTF-8. */
    /**
     * Connection attributes as the handshake and COM_CHANGE_USER carry them: one length-encoded
     * block of length-encoded key/value strings.
     */
    public PayloadWriter connectionAttributes(java.util.Map<String, String> attributes) {
        PayloadWriter attrs = new PayloadWriter();
        attributes.forEach((k, v) -> attrs.lengthEncodedString(k).lengthEncodedString(v));
        return lengthEncodedBytes(attrs.toByteArray());
    }

    public PayloadWriter lengthEncodedString(String s) {
        return lengthEncodedBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /** string&lt;NUL&gt;, UTF-8. */
    public PayloadWriter nulTerminated(String s) {
        return text(s).int1(0);
    }

    /** string&lt;EOF&gt; / string&lt;fix&gt;, UTF-8 without terminator. */
    public PayloadWriter text(String s) {
        return bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * string&lt;EOF&gt; in another charset. A character the charset cannot hold is an error, not a
     * silent '?' that would change the statement.
     */
    public PayloadWriter text(String s, java.nio.charset.Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return text(s);
        }
        try {
            java.nio.ByteBuffer b = charset.newEncoder().encode(java.nio.CharBuffer.wrap(s));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return bytes(out);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new io.sqlwire.DataException("the statement has a character that the connection charset "
                    + charset.name() + " cannot encode; use setCharset(\"utf8mb4\")", "22021", 0, false, e);
        }
    }

    public int size() {
        return len;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }
}
