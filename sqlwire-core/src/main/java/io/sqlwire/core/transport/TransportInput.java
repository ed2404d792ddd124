package io.sqlwire.core.transport;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A buffered input whose source can be swapped when TLS starts. The buffer is ours, so the
 * transport can see exactly how many plaintext bytes arrived ahead of the TLS handshake.
 */
final class TransportInput extends InputStream {
    private final byte[] buf;
    private InputStream source;
    private int pos;
    private int limit;

    TransportInput(InputStream source, int bufferSize) {
        this.source = source;
        this.buf = new byte[bufferSize];
    }

    /** Bytes read from the source and not yet consumed. */
    int buffered() {
        return limit - pos;
    }

    void switchSource(InputStream next) {
        if (buffered() != 0) {
            throw new IllegalStateException("switching source with buffered bytes");
        }
        source = next;
    }

    @Override
    public int read() throws IOException {
        if (pos == limit && fill() < 0) {
            return -1;
        }
        return buf[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        if (pos == limit) {
            if (len >= buf.length) {
                return source.read(b, off, len); // large reads bypass the buffer
            }
            if (fill() < 0) {
                return -1;
            }
        }
        int n = Math.min(len, limit - pos);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public int available() throws IOException {
        return buffered() + source.available();
    }

    @Override
    public void close() throws IOException {
        source.close();
    }

    private int fill() throws IOException {
        int n = source.read(buf, 0, buf.length);
        pos = 0;
        limit = Math.max(n, 0);
        return n;
    }
}
