package io.sqlwire.postgres.type;

import io.sqlwire.testkit.Harness;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the psql client against the harness primary, so the type tests can see the server's exact
 * text and binary forms without sqlwire's own protocol code. Binary rows travel as COPY binary:
 * the 11-byte signature, int32 flags, int32 extension length, then per row an int16 field count
 * and per field an int32 length (-1 for NULL) and the bytes, ending with int16 -1.
 */
final class Psql {
    static final byte[] SIGNATURE = "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);

    private final Harness harness;
    private final Map<String, String> env;

    Psql(Harness harness, Map<String, String> env) {
        this.harness = harness;
        this.env = env;
    }

    /** The fields of the one row {@code select} returns, as the server's binary send form (null for NULL). */
    List<byte[]> copyOut(String select, String... setup) {
        List<String> commands = new ArrayList<>(List.of(setup));
        commands.add("COPY (" + select + ") TO STDOUT WITH (FORMAT binary)");
        return parseRow(run(new byte[0], commands.toArray(String[]::new)));
    }

    /**
     * Loads one row of binary fields into a temporary table with the given column types through
     * COPY FROM STDIN, then returns the stored values in the server's text output form.
     */
    List<String> roundTrip(List<String> types, List<byte[]> fields) {
        StringBuilder create = new StringBuilder("CREATE TEMP TABLE rt (");
        StringBuilder select = new StringBuilder("SELECT ");
        for (int i = 0; i < types.size(); i++) {
            create.append(i > 0 ? ", " : "").append("c").append(i).append(' ').append(types.get(i));
            select.append(i > 0 ? ", " : "").append("format('%s', c").append(i).append(')');
        }
        byte[] out = run(buildRow(fields), create.append(')').toString(),
                "COPY rt FROM STDIN WITH (FORMAT binary)", "COPY (" + select + " FROM rt) TO STDOUT WITH (FORMAT binary)");
        return parseRow(out).stream().map(b -> b == null ? null : new String(b, StandardCharsets.UTF_8)).toList();
    }

    static byte[] buildRow(List<byte[]> fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(SIGNATURE);
        out.writeBytes(new byte[8]);   // flags 0, no header extension
        out.writeBytes(ByteBuffer.allocate(2).putShort((short) fields.size()).array());
        for (byte[] f : fields) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(f == null ? -1 : f.length).array());
            if (f != null) {
                out.writeBytes(f);
            }
        }
        out.writeBytes(new byte[] {-1, -1});
        return out.toByteArray();
    }

    static List<byte[]> parseRow(byte[] copy) {
        ByteBuffer b = ByteBuffer.wrap(copy);
        byte[] sig = new byte[SIGNATURE.length];
        b.get(sig);
        if (!java.util.Arrays.equals(sig, SIGNATURE)) {
            throw new IllegalStateException("not COPY binary output: " + new String(copy, StandardCharsets.ISO_8859_1));
        }
        b.getInt();   // flags
        int extension = b.getInt();
        b.position(b.position() + extension);
        int count = b.getShort();
        List<byte[]> fields = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int len = b.getInt();
            byte[] f = null;
            if (len >= 0) {
                f = new byte[len];
                b.get(f);
            }
            fields.add(f);
        }
        if (b.getShort() != -1) {
            throw new IllegalStateException("expected exactly one row");
        }
        return fields;
    }

    private byte[] run(byte[] stdin, String... commands) {
        List<String> cmd = new ArrayList<>(List.of(psqlBinary(), "-X", "-q", "-v", "ON_ERROR_STOP=1",
                "host=127.0.0.1 port=" + harness.pgPrimaryPort() + " user=test dbname=test"));
        for (String c : commands) {
            cmd.add("-c");
            cmd.add(c);
        }
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("PGPASSWORD", "test");
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            try (OutputStream in = p.getOutputStream()) {
                in.write(stdin);
            }
            byte[] out = readAll(p.getInputStream());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("psql failed: " + new String(err.join(), StandardCharsets.UTF_8));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run psql", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String psqlBinary() {
        Path bin = Path.of(harness.value("HARNESS_PG_BIN"), "psql");
        return Files.isExecutable(bin) ? bin.toString() : "psql";
    }
}
