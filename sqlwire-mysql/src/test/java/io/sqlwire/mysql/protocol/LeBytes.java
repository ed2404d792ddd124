package io.sqlwire.mysql.protocol;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds packet bytes by hand for tests, field by field, little-endian. */
public final class LeBytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public LeBytes int1(int v) {
        out.write(v);
        return this;
    }

    public LeBytes int2(int v) {
        return int1(v).int1(v >>> 8);
    }

    public LeBytes int3(int v) {
        return int2(v).int1(v >>> 16);
    }

    public LeBytes int4(long v) {
        return int2((int) v).int2((int) (v >>> 16));
    }

    public LeBytes bytes(byte[] b) {
        out.writeBytes(b);
        return this;
    }

    public LeBytes zeros(int n) {
        return bytes(new byte[n]);
    }

    /** string&lt;NUL&gt; */
    public LeBytes nul(String s) {
        return text(s).int1(0);
    }

    /** string without terminator */
    public LeBytes text(String s) {
        return bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] build() {
        return out.toByteArray();
    }

    /** A frame: 3-byte length, sequence id, payload. */
    public static byte[] frame(int seq, byte[] payload) {
        return new LeBytes().int3(payload.length).int1(seq).bytes(payload).build();
    }
}
