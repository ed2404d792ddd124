package io.sqlwire.postgres.protocol;

import io.sqlwire.InternalException;
import io.sqlwire.postgres.protocol.message.backend.BackendMessage;
import io.sqlwire.postgres.protocol.message.backend.BackendMessages;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.Arrays;

/**
 * Cuts the server's byte stream into messages: Byte1 type, Int32 length (including itself, so at
 * least 4), then length - 4 bytes of body. The body buffer is reused from message to message;
 * DataRow and CopyData, whose bytes outlive the read, get a buffer of their own.
 *
 * <p>A length below 4 or above the limit is refused before anything is allocated, so a corrupt or
 * hostile stream cannot make the client allocate gigabytes.
 */
public final class BackendReader {
    /** The largest message accepted by default: a DataRow near PostgreSQL's 1 GB field limit. */
    public static final int DEFAULT_MAX_LENGTH = (1 << 30) + 64 * 1024;
    /** Messages other than rows and copy data are small; a huge one means a corrupt stream. */
    static final int MAX_CONTROL_LENGTH = 16 * 1024 * 1024;

    private final InputStream in;
    private final int maxLength;
    private final byte[] header = new byte[4];
    private byte[] body = new byte[8192];

    public BackendReader(InputStream in) {
        this(in, DEFAULT_MAX_LENGTH);
    }

    public BackendReader(InputStream in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /**
     * Reads and decodes the next message.
     *
     * @throws EOFException when the stream ends, also in the middle of a message
     * @throws InternalException for a malformed, truncated-by-length or oversized message
     */
    public BackendMessage read() throws IOException {
        int type = in.read();
        if (type < 0) {
            throw new EOFException("the server closed the connection");
        }
        String name = BackendMessages.name(type);
        if (name == null) {
            throw new InternalException(String.format("malformed message from the server: unknown message type 0x%02X",
                    type), "08P01", 0, false, null);
        }
        try {
            return readBody(type, name);
        } catch (SocketTimeoutException e) {
            // part of the message was consumed: the stream is out of step, which a plain timeout
            // (retried by the caller) would hide
            throw new IOException("read timed out in the middle of a " + name + " message", e);
        }
    }

    private BackendMessage readBody(int type, String name) throws IOException {
        int length = readInt32(name);
        boolean bulk = type == 'D' || type == 'd';
        int limit = bulk ? maxLength : Math.min(maxLength, MAX_CONTROL_LENGTH);
        if (length < 4 || length > limit) {
            throw new InternalException("malformed " + name + " from the server: length " + length
                    + (length < 4 ? " is below the minimum 4" : " exceeds the limit " + limit), "08P01", 0, false, null);
        }
        int n = length - 4;
        byte[] target = bulk ? new byte[n] : buffer(n);
        readFully(target, n, name);
        return BackendMessages.decode(type, new MessageReader(name, target, 0, n));
    }

    private byte[] buffer(int n) {
        if (body.length < n) {
            body = Arrays.copyOf(body, Math.max(n, body.length * 2));
        }
        return body;
    }

    private int readInt32(String name) throws IOException {
        byte[] b = header;
        readFully(b, 4, name);
        return (b[0] & 0xFF) << 24 | (b[1] & 0xFF) << 16 | (b[2] & 0xFF) << 8 | b[3] & 0xFF;
    }

    private void readFully(byte[] b, int n, String name) throws IOException {
        int off = 0;
        while (off < n) {
            int r = in.read(b, off, n - off);
            if (r < 0) {
                throw new EOFException("the server closed the connection in the middle of a " + name
                        + " (" + off + " of " + n + " bytes read)");
            }
            off += r;
        }
    }
}
