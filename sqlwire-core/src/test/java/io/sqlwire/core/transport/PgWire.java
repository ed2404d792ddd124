package io.sqlwire.core.transport;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The three PostgreSQL messages the transport ITs need, written by hand so that core's tests do not
 * depend on the postgres module: SSLRequest, StartupMessage, and reading one Authentication reply.
 */
final class PgWire {

    private PgWire() {
    }

    /** Sends SSLRequest and returns the one-byte answer ('S' or 'N'). */
    static int sslRequest(Transport t) throws IOException {
        t.output().write(new byte[] {0, 0, 0, 8, 0x04, (byte) 0xD2, 0x16, 0x2F});
        t.output().flush();
        return t.input().read();
    }

    /** Sends a protocol 3.0 StartupMessage for {@code user} to database {@code postgres}. */
    static void startup(Transport t, String user) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writeInt(body, 196608);
        for (String s : new String[] {"user", user, "database", "postgres"}) {
            body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            body.write(0);
        }
        body.write(0);
        ByteArrayOutputStream msg = new ByteArrayOutputStream();
        writeInt(msg, body.size() + 4);
        body.writeTo(msg);
        msg.writeTo(t.output());
        t.output().flush();
    }

    /** Reads the first reply to a StartupMessage: "R0" for AuthenticationOk, "R10" for SASL, "E..." for an error. */
    static String firstReply(Transport t) throws IOException {
        DataInputStream in = new DataInputStream(t.input());
        int type = in.readUnsignedByte();
        int len = in.readInt();
        byte[] body = in.readNBytes(len - 4);
        if (type == 'R') {
            return "R" + (((body[0] & 0xFF) << 24) | ((body[1] & 0xFF) << 16) | ((body[2] & 0xFF) << 8) | (body[3] & 0xFF));
        }
        return (char) type + new String(body, StandardCharsets.UTF_8).replace('\0', '|');
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }
}
