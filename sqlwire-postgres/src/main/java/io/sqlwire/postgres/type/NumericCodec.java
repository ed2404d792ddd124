package io.sqlwire.postgres.type;

import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.TypeRef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteBuffer;

/**
 * numeric as {@link BigDecimal}. BigDecimal holds no NaN or infinity, so those three values
 * decode to {@link Double#NaN}, {@link Double#POSITIVE_INFINITY} and
 * {@link Double#NEGATIVE_INFINITY}: the codec's Java type is therefore {@link Number}.
 *
 * <p>Binary layout (all int16, big-endian): ndigits, weight, sign, dscale, then ndigits base-10000
 * digits, the first worth 10000^weight. Sign 0x0000 positive, 0x4000 negative, 0xC000 NaN,
 * 0xD000 +Infinity, 0xF000 -Infinity (PostgreSQL 14+). dscale is the number of decimal digits
 * after the point that the value displays; zero has no digits at all.
 */
final class NumericCodec extends PgCodec<Number> {
    static final NumericCodec INSTANCE = new NumericCodec();

    private static final int POSITIVE = 0x0000;
    private static final int NEGATIVE = 0x4000;
    private static final int NAN = 0xC000;
    private static final int PINF = 0xD000;
    private static final int NINF = 0xF000;
    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);
    private static final BigInteger TEN_THOUSAND_POW4 = TEN_THOUSAND.pow(4);

    private NumericCodec() {
        super(Number.class, true, PgTypes.NUMERIC);
    }

    @Override
    Number decodeText(TypeRef type, ByteBuffer value, CodecContext context) {
        String s = text(value, context);
        return switch (s) {
            case "NaN" -> Double.NaN;
            case "Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> new BigDecimal(s);
        };
    }

    @Override
    Number decodeBinary(TypeRef type, ByteBuffer value, CodecContext context) {
        int ndigits = value.getShort() & 0xFFFF;
        int weight = value.getShort();
        int sign = value.getShort() & 0xFFFF;
        int dscale = value.getShort() & 0xFFFF;
        switch (sign) {
            case NAN: return Double.NaN;
            case PINF: return Double.POSITIVE_INFINITY;
            case NINF: return Double.NEGATIVE_INFINITY;
            case POSITIVE, NEGATIVE: break;
            default: throw new IllegalArgumentException("unknown sign 0x" + Integer.toHexString(sign));
        }
        BigInteger unscaled = BigInteger.ZERO;
        long small = 0;   // the digits gather in a long while they fit: four digits at a time, 18 at most
        int inSmall = 0;
        for (int i = 0; i < ndigits; i++) {
            int d = value.getShort();
            if (d < 0 || d > 9999) {
                throw new IllegalArgumentException("digit " + d + " is not base 10000");
            }
            small = small * 10_000 + d;
            if (++inSmall == 4) {
                unscaled = unscaled.multiply(TEN_THOUSAND_POW4).add(BigInteger.valueOf(small));
                small = 0;
                inSmall = 0;
            }
        }
        if (inSmall > 0) {
            unscaled = unscaled.multiply(TEN_THOUSAND.pow(inSmall)).add(BigInteger.valueOf(small));
        }
        // The last digit is worth 10000^(weight - ndigits + 1), i.e. scale 4 * (ndigits - 1 - weight).
        BigDecimal d = new BigDecimal(sign == NEGATIVE ? unscaled.negate() : unscaled, 4 * (ndigits - 1 - weight));
        return d.setScale(dscale, RoundingMode.DOWN);   // only drops zeros the digit groups padded in
    }

    @Override
    int parameterOid(Object value) {
        return value instanceof BigDecimal || value instanceof BigInteger ? PgTypes.NUMERIC : 0;
    }

    @Override
    byte[] encodeBinary(Object value, CodecContext context) {
        BigDecimal d = value instanceof BigInteger i ? new BigDecimal(i) : (BigDecimal) value;
        if (d.scale() < 0) {
            d = d.setScale(0);
        }
        int dscale = d.scale();
        String digits = d.unscaledValue().abs().toString();
        int intLen = digits.length() - dscale;   // decimal digits before the point, may be <= 0
        // Pad so that the point falls on a group boundary and both ends fill whole groups of four.
        int leadPad = Math.floorMod(4 - intLen, 4);
        int groupsBeforePoint = (intLen + leadPad) / 4;
        StringBuilder padded = new StringBuilder("0".repeat(leadPad)).append(digits);
        padded.append("0".repeat(Math.floorMod(-padded.length(), 4)));
        int total = padded.length() / 4;
        int first = 0;
        int last = total - 1;
        while (first <= last && group(padded, first) == 0) {
            first++;
        }
        while (last >= first && group(padded, last) == 0) {
            last--;
        }
        int ndigits = last - first + 1;
        int weight = ndigits == 0 ? 0 : groupsBeforePoint - 1 - first;
        ByteBuffer b = ByteBuffer.allocate(8 + 2 * ndigits);
        b.putShort((short) ndigits).putShort((short) weight);
        b.putShort((short) (d.signum() < 0 ? NEGATIVE : POSITIVE)).putShort((short) dscale);
        for (int i = first; i <= last; i++) {
            b.putShort((short) group(padded, i));
        }
        return b.array();
    }

    private static int group(CharSequence padded, int index) {
        return Integer.parseInt(padded, index * 4, index * 4 + 4, 10);
    }

    @Override
    String encodeText(Object value) {
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }
}
