package io.sqlwire.postgres.auth;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.sqlwire.core.transport.Transport;
import io.sqlwire.postgres.protocol.ByteSink;
import io.sqlwire.postgres.protocol.message.frontend.SSLRequest;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Just enough of the startup protocol, written out by hand, to drive {@link Authenticator} against
 * a real server in the integration tests (the real message classes live in the protocol package).
 */
final class RawStartup {

    private RawStartup() {
    }

    /** Sends SSLRequest and returns the one answer byte. */
    static int sslRequest(Transport t) throws IOException {
        ByteSink out = new ByteSink(8);
        new SSLRequest().encode(out);
        out.writeTo(t.output());
        t.output().flush();
        return t.input().read();
    }

    /** Runs the startup and authentication; returns "ok" or the server's error message (M field). */
    static String login(Transport t, String user, String database, Authenticator auth) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writeInt(body, 196608);
        for (String s : List.of("user", user, "database", database)) {
            cstring(body, s);
        }
        body.write(0);
        byte[] b = body.toByteArray();
        writeInt(t.output(), b.length + 4);
        t.output().write(b);
        t.output().flush();
        DataInputStream in = new DataInputStream(t.input());
        while (true) {
            int type = in.read();
            byte[] payload = new byte[in.readInt() - 4];
            in.readFully(payload);
            if (type == 'E') {
                return errorMessage(payload);
            }
            if (type != 'R') {
                throw new IOException("unexpected message type " + (char) type);
            }
            if (answer(t, ByteBuffer.wrap(payload), auth)) {
                return "ok";
            }
        }
    }

    /** Handles one Authentication request; true at AuthenticationOk. */
    private static boolean answer(Transport t, ByteBuffer p, Authenticator auth) throws IOException {
        int code = p.getInt();
        byte[] rest = new byte[p.remaining()];
        p.get(rest);
        switch (code) {
            case 0 -> {
                auth.authenticationOk();
                return true;
            }
            case 3 -> send(t, terminated(auth.cleartextPassword().reveal().getBytes(UTF_8)));
            case 5 -> send(t, terminated(auth.md5Password(rest).reveal().getBytes(UTF_8)));
            case 10 -> {
                Authenticator.SaslStart s = auth.saslStart(mechanisms(rest));
                ByteArrayOutputStream m = new ByteArrayOutputStream();
                cstring(m, s.mechanism());
                writeInt(m, s.initialResponse().length);
                m.write(s.initialResponse());
                send(t, m.toByteArray());
            }
            case 11 -> send(t, auth.saslContinue(rest));
            case 12 -> auth.saslFinal(rest);
            default -> auth.unsupported(code);
        }
        return false;
    }

    private static List<String> mechanisms(byte[] data) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < data.length; i++) {
            if (data[i] == 0) {
                if (i > start) {
                    out.add(new String(data, start, i - start, UTF_8));
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static String errorMessage(byte[] payload) {
        int i = 0;
        while (i < payload.length && payload[i] != 0) {
            int type = payload[i++];
            int end = i;
            while (payload[end] != 0) {
                end++;
            }
            if (type == 'M') {
                return new String(payload, i, end - i, UTF_8);
            }
            i = end + 1;
        }
        return "(error without message)";
    }

    private static byte[] terminated(byte[] b) {
        byte[] out = new byte[b.length + 1];
        System.arraycopy(b, 0, out, 0, b.length);
        return out;
    }

    private static void send(Transport t, byte[] payload) throws IOException {
        t.output().write('p');
        writeInt(t.output(), payload.length + 4);
        t.output().write(payload);
        t.output().flush();
    }

    private static void cstring(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(UTF_8));
        out.write(0);
    }

    private static void writeInt(OutputStream out, int v) throws IOException {
        out.write(new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v});
    }
}
