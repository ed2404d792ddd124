package io.sqlwire.mysql.type;

import io.sqlwire.core.codec.CodecContext;
import io.sqlwire.core.codec.TypeFlag;
import io.sqlwire.core.codec.TypeRef;
import java.math.BigInteger;
import java.nio.ByteBuffer;

/**
 * TINYINT, SMALLINT, MEDIUMINT, INT, BIGINT (signed and unsigned) and YEAR.
 * <pre>
 * TINY, SHORT, INT24, LONG (signed), TINY/SHORT/INT24 UNSIGNED, YEAR  -> Integer
 * LONG UNSIGNED, LONGLONG (signed)                                     -> Long
 * LONGLONG UNSIGNED                                                    -> BigInteger (always, for one type per column)
 * </pre>
 * TINYINT(1) stays an Integer; {@code Row.get(i, Boolean.class)} turns 0/1 into a Boolean.
 * Binary values are little-endian, two's complement or unsigned by the UNSIGNED flag (INT24 is
 * sent in 4 bytes). Parameters: Byte as TINY, Short as SHORT, Integer as LONG, Long as LONGLONG,
 * Boolean as TINY 0/1, a BigInteger as LONGLONG (UNSIGNED above Long.MAX_VALUE; a BigInteger
 * outside 64 bits goes to {@link DecimalCodec}).
 */
final class IntegerCodec extends MySqlCodec<Number> {
    static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    IntegerCodec() {
        super(Number.class);
    }

    @Override
    boolean handles(TypeRef type) {
        return switch (type.id()) {
            case MySqlTypes.TINY, MySqlTypes.SHORT, MySqlTypes.INT24, MySqlTypes.LONG, MySqlTypes.LONGLONG,
                    MySqlTypes.YEAR -> true;
            default -> false;
        };
    }

    @Override
    Number decodeText(TypeRef type, ByteBuffer value, CodecContext context) {
        String s = ascii(value);
        boolean unsigned = type.has(TypeFlag.UNSIGNED);
        return switch (type.id()) {
            case MySqlTypes.LONGLONG -> unsigned ? new BigInteger(s) : Long.valueOf(Long.parseLong(s));
            // (Number) casts: a conditional between Long and Integer would unbox and widen both to long.
            case MySqlTypes.LONG -> unsigned ? (Number) Long.parseLong(s) : (Number) Integer.parseInt(s);
            default -> Integer.valueOf(Integer.parseInt(s));
        };
    }

    @Override
    Number decodeBinary(TypeRef type, ByteBuffer value, CodecContext context) {
        boolean unsigned = type.has(TypeFlag.UNSIGNED);
        return switch (type.id()) {
            case MySqlTypes.TINY -> {
                byte b = value.get();
                yield unsigned ? b & 0xFF : b;
            }
            case MySqlTypes.SHORT, MySqlTypes.YEAR -> {
                int v = (int) le(value, 2);
                yield unsigned || type.id() == MySqlTypes.YEAR ? v : (int) (short) v;
            }
            case MySqlTypes.INT24 -> (int) le(value, 4);
            case MySqlTypes.LONG -> {
                long v = le(value, 4);
                yield unsigned ? (Number) v : (Number) (int) v;
            }
            default -> {
                long v = le(value, 8);
                yield unsigned ? unsignedBig(v) : Long.valueOf(v);
            }
        };
    }

    static BigInteger unsignedBig(long v) {
        BigInteger b = BigInteger.valueOf(v);
        return v < 0 ? b.add(TWO_64) : b;
    }

    /** {@code n} little-endian bytes as an unsigned number (the caller narrows or sign-extends). */
    static long le(ByteBuffer value, int n) {
        if (value.remaining() < n) {
            throw new java.nio.BufferUnderflowException();
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            v |= (value.get() & 0xFFL) << (8 * i);
        }
        return v;
    }

    static byte[] toLe(long v, int n) {
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = (byte) (v >>> (8 * i));
        }
        return out;
    }

    @Override
    TypeRef parameterType(Object value) {
        return switch (value) {
            case Byte b -> MySqlTypes.of(MySqlTypes.TINY);
            case Boolean b -> MySqlTypes.of(MySqlTypes.TINY);
            case Short s -> MySqlTypes.of(MySqlTypes.SHORT);
            case Integer i -> MySqlTypes.of(MySqlTypes.LONG);
            case Long l -> MySqlTypes.of(MySqlTypes.LONGLONG);
            case BigInteger b when b.signum() >= 0 && b.bitLength() <= 64 && b.bitLength() > 63 ->
                    MySqlTypes.unsigned(MySqlTypes.LONGLONG);
            case BigInteger b when b.bitLength() <= 63 -> MySqlTypes.of(MySqlTypes.LONGLONG);
            default -> null;
        };
    }

    @Override
    byte[] encodeBinary(Object value, TypeRef type, CodecContext context) {
        return switch (value) {
            case Boolean b -> new byte[] {(byte) (b ? 1 : 0)};
            case Byte b -> new byte[] {b};
            case Short s -> toLe(s, 2);
            case Integer i -> toLe(i, 4);
            case BigInteger b -> toLe(b.longValue(), 8);   // longValue keeps the low 64 bits: right for unsigned too
            default -> toLe(((Number) value).longValue(), 8);
        };
    }

    @Override
    String encodeText(Object value, CodecContext context) {
        return value instanceof Boolean b ? (b ? "1" : "0") : value.toString();
    }
}
