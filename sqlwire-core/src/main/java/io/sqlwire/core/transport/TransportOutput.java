package io.sqlwire.core.transport;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/** A buffered output whose sink can be swapped when TLS starts; nothing is sent before {@link #flush()}. */
final class TransportOutput extends OutputStream {
    private final byte[] buf;
    private OutputStream sink;
    private int count;

    TransportOutput(OutputStream sink, int bufferSize) {
        this.sink = sink;
        this.buf = new byte[bufferSize];
    }

    void switchSink(OutputStream next) throws IOException {
        flush();
        sink = next;
    }

    @Override
    public void write(int b) throws IOException {
        if (count == buf.length) {
            drain();
        }
        buf[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len >= buf.length) {
            drain();
            sink.write(b, off, len); // large writes bypass the buffer
            return;
        }
        if (len > buf.length - count) {
            drain();
        }
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }

    @Override
    public void flush() throws IOException {
        drain();
        sink.flush();
    }

    @Override
    public void close() throws IOException {
        sink.close();
    }

    private void drain() throws IOException {
        if (count > 0) {
            int n = count;
            count = 0; // a failed write leaves the buffer empty rather than resending half a message
            sink.write(buf, 0, n);
        }
    }
}
