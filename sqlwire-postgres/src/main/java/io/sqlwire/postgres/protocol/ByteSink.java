package io.sqlwire.postgres.protocol;

import java.io.IOException;
import java.io.OutputStream;
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
