package io.sqlwire.postgres.type;

import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.TypeRef;
import java.nio.ByteBuffer;

/**
 * inet and cidr as String in PostgreSQL's text form. Binary: family (2 = IPv4, 3 = IPv6), prefix
 * bits, is_cidr flag, address length (4 or 16), then the address bytes. The text form omits the
 * prefix of an inet that covers the whole address; IPv6 is written as the server writes it: the
 * longest run of two or more zero groups (the first of equals) as {@code ::}, and an IPv4 tail for
 * IPv4-compatible and IPv4-mapped addresses. Text is passed through unchanged. Strings bind with
 * OID 0 and let the server parse them, so this codec does not encode.
 */
final class InetCodec extends PgCodec<String> {
    static final InetCodec INSTANCE = new InetCodec();
    private static final int AF_INET = 2;
    private static final int AF_INET6 = 3;

    private InetCodec() {
        super(String.class, true, PgTypes.INET, PgTypes.CIDR);
    }

    @Override
    String decodeText(TypeRef type, ByteBuffer value, CodecContext context) {
        return text(value, context);
    }

    @Override
    String decodeBinary(TypeRef type, ByteBuffer value, CodecContext context) {
        int family = value.get();
        int bits = value.get() & 0xFF;
        boolean cidr = value.get() != 0;
        int length = value.get() & 0xFF;
        if (!(family == AF_INET && length == 4) && !(family == AF_INET6 && length == 16)) {
            throw new IllegalArgumentException("unknown address family " + family + " of length " + length);
        }
        byte[] address = new byte[length];
        value.get(address);
        String text = family == AF_INET ? ipv4(address, 0) : ipv6(address);
        return cidr || bits != length * 8 ? text + "/" + bits : text;
    }

    private static String ipv4(byte[] a, int from) {
        return (a[from] & 0xFF) + "." + (a[from + 1] & 0xFF) + "." + (a[from + 2] & 0xFF) + "." + (a[from + 3] & 0xFF);
    }

    private static String ipv6(byte[] a) {
        int[] words = new int[8];
        for (int i = 0; i < 8; i++) {
            words[i] = (a[2 * i] & 0xFF) << 8 | (a[2 * i + 1] & 0xFF);
        }
        int bestBase = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && words[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestBase = i;
                bestLen = j - i;
            }
            i = j;
        }
        if (bestLen < 2) {
            bestBase = -1;
        }
        StringBuilder sb = new StringBuilder(40);
        for (int i = 0; i < 8; i++) {
            if (i == bestBase) {
                sb.append(':');
                i += bestLen - 1;
                if (i == 7) {
                    sb.append(':');
                }
                continue;
            }
            if (i != 0) {
                sb.append(':');
            }
            if (i == 6 && bestBase == 0 && (bestLen == 6 || bestLen == 7 && words[7] != 1
                    || bestLen == 5 && words[5] == 0xFFFF)) {
                sb.append(ipv4(a, 12));
                break;
            }
            sb.append(Integer.toHexString(words[i]));
        }
        return sb.toString();
    }
}
