package io.sqlwire.postgres.protocol;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable buffer that frontend messages encode into, in network byte order (big-endian) as
 * the PostgreSQL protocol wants. One sink can collect several messages before one write.
 */
public final class ByteSink {
    private byte[] buf;
    private int size;

    public ByteSink() {
        this(64);
    }

    public ByteSink(int initialCapacity) {
        buf = new byte[Math.max(16, initialCapacity)];
    }

    /** Int32, big-endian. */
    public ByteSink writeInt32(int v) {
        ensure(4);
        buf[size] = (byte) (v >>> 24);
        buf[size + 1] = (byte) (v >>> 16);
        buf[size + 2] = (byte) (v >>> 8);
        buf[size + 3] = (byte) v;
        size += 4;
        return this;
    }

    /** Byte1. */
    public ByteSink writeByte(int v) {
        ensure(1);
        buf[size++] = (byte) v;
        return this;
    }

    /** Int16, big-endian. */
    public ByteSink writeInt16(int v) {
        ensure(2);
        buf[size] = (byte) (v >>> 8);
        buf[size + 1] = (byte) v;
        size += 2;
        return this;
    }

    /** Byten. */
    public ByteSink writeBytes(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, size, bytes.length);
        size += bytes.length;
        return this;
    }

    /** String: UTF-8 bytes then a NUL terminator; the text must not contain NUL itself. */
    public ByteSink writeCString(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            if (b == 0) {
                throw new io.sqlwire.InterfaceException("text sent to PostgreSQL must not contain a NUL character");
            }
        }
        writeBytes(bytes);
        return writeByte(0);
    }

    /**
     * Starts a message with a type byte and a length word to patch later; returns the offset of
     * the length word for {@link #endMessage}.
     */
    public int beginMessage(int type) {
        writeByte(type);
        return beginUntyped();
    }

    /** Starts a message without a type byte (startup, SSLRequest, CancelRequest). */
    public int beginUntyped() {
        int at = size;
        writeInt32(0);
        return at;
    }

    /** Patches the length word at {@code lengthAt}: the bytes from it to the end, itself included. */
    public void endMessage(int lengthAt) {
        int v = size - lengthAt;
        buf[lengthAt] = (byte) (v >>> 24);
        buf[lengthAt + 1] = (byte) (v >>> 16);
        buf[lengthAt + 2] = (byte) (v >>> 8);
        buf[lengthAt + 3] = (byte) v;
    }

    /** Empties the sink, keeping its buffer. */
    public void clear() {
        size = 0;
    }

    /** The number of bytes written. */
    public int size() {
        return size;
    }

    /** A copy of the bytes written. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    /** Writes the collected bytes to {@code out} (without flushing) and empties the sink. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, size);
        size = 0;
    }

    private void ensure(int n) {
        if (size + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
        }
    }
}
