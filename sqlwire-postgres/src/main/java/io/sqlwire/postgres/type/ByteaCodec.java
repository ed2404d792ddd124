package io.sqlwire.postgres.type;

import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.TypeRef;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/**
 * bytea as byte[]. Binary is the raw bytes. Text is the hex format ({@code \x} then two hex
 * digits a byte, bytea_output=hex, the default) or the older escape format: {@code \\} for a
 * backslash, {@code \ooo} (three octal digits) for any byte, other bytes as themselves.
 */
final class ByteaCodec extends PgCodec<byte[]> {
    static final ByteaCodec INSTANCE = new ByteaCodec();
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private ByteaCodec() {
        super(byte[].class, true, PgTypes.BYTEA);
    }

    @Override
    byte[] decodeText(TypeRef type, ByteBuffer value, CodecContext context) {
        int n = value.remaining();
        int p = value.position();
        if (n >= 2 && value.get(p) == '\\' && value.get(p + 1) == 'x') {
            return decodeHex(value, p + 2, n - 2);
        }
        return decodeEscape(value);
    }

    private static byte[] decodeHex(ByteBuffer value, int start, int n) {
        if (n % 2 != 0) {
            throw new IllegalArgumentException("odd number of hex digits");
        }
        byte[] out = new byte[n / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (hexDigit(value.get(start + 2 * i)) << 4 | hexDigit(value.get(start + 2 * i + 1)));
        }
        value.position(value.limit());
        return out;
    }

    private static int hexDigit(byte c) {
        int d = Character.digit(c, 16);
        if (d < 0) {
            throw new IllegalArgumentException("invalid hex digit '" + (char) (c & 0xFF) + "'");
        }
        return d;
    }

    private static byte[] decodeEscape(ByteBuffer value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.remaining());
        while (value.hasRemaining()) {
            byte b = value.get();
            if (b != '\\') {
                out.write(b);
            } else if (value.remaining() >= 1 && value.get(value.position()) == '\\') {
                value.get();
                out.write('\\');
            } else if (value.remaining() >= 3) {
                int v = octal(value.get()) << 6 | octal(value.get()) << 3 | octal(value.get());
                if (v > 0xFF) {
                    throw new IllegalArgumentException("octal escape above \\377");
                }
                out.write(v);
            } else {
                throw new IllegalArgumentException("truncated escape");
            }
        }
        return out.toByteArray();
    }

    private static int octal(byte c) {
        if (c < '0' || c > '7') {
            throw new IllegalArgumentException("invalid octal digit '" + (char) (c & 0xFF) + "'");
        }
        return c - '0';
    }

    @Override
    byte[] decodeBinary(TypeRef type, ByteBuffer value, CodecContext context) {
        byte[] out = new byte[value.remaining()];
        value.get(out);
        return out;
    }

    @Override
    int parameterOid(Object value) {
        return value instanceof byte[] ? PgTypes.BYTEA : 0;
    }

    @Override
    byte[] encodeBinary(Object value, CodecContext context) {
        return ((byte[]) value).clone();
    }

    @Override
    String encodeText(Object value) {
        byte[] bytes = (byte[]) value;
        byte[] out = new byte[2 + 2 * bytes.length];
        out[0] = '\\';
        out[1] = 'x';
        for (int i = 0; i < bytes.length; i++) {
            out[2 + 2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            out[3 + 2 * i] = HEX[bytes[i] & 0xF];
        }
        return new String(out, java.nio.charset.StandardCharsets.US_ASCII);
    }
}
