package io.sqlwire.testkit;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Minimal protocol probes for the integration tests: enough bytes to tell which server answers. */
final class Probes {

    /** PostgreSQL SSLRequest: length 8, code 80877103 (0x04D2162F). */
    static final byte[] SSL_REQUEST = {0, 0, 0, 8, 0x04, (byte) 0xD2, 0x16, 0x2F};

    private Probes() {
    }

    static Socket open(String host, int port, Duration readTimeout) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress(host, port), 5_000);
        s.setSoTimeout((int) readTimeout.toMillis());
        return s;
    }

    /** Sends an SSLRequest and returns the one-byte answer ('S' or 'N'), or -1 on EOF. */
    static int sslRequest(Socket s) throws IOException {
        s.getOutputStream().write(SSL_REQUEST);
        s.getOutputStream().flush();
        return s.getInputStream().read();
    }

    /**
     * Reads a MySQL/MariaDB initial handshake packet and returns its server version string
     * (3-byte length, sequence id, protocol version 10, NUL-terminated version).
     */
    static String mysqlGreeting(Socket s) throws IOException {
        DataInputStream in = new DataInputStream(s.getInputStream());
        byte[] header = new byte[4];
        in.readFully(header);
        int length = (header[0] & 0xff) | (header[1] & 0xff) << 8 | (header[2] & 0xff) << 16;
        byte[] payload = new byte[length];
        in.readFully(payload);
        if (payload[0] != 10) {
            throw new IOException("not a protocol 10 handshake: first byte " + payload[0]);
        }
        int end = 1;
        while (end < payload.length && payload[end] != 0) {
            end++;
        }
        return new String(payload, 1, end - 1, StandardCharsets.US_ASCII);
    }

    /** Reads until EOF or an error; returns true when the peer closed or reset the connection. */
    static boolean closedByPeer(InputStream in) {
        try {
            byte[] buf = new byte[4096];
            while (in.read(buf) >= 0) {
                // drain whatever was in flight before the close
            }
            return true;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
