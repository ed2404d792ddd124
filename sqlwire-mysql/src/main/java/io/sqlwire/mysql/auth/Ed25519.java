package io.sqlwire.mysql.auth;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Ed25519 signing from an already expanded secret (RFC 8032, section 5.1), on BigInteger field
 * arithmetic. It exists because MariaDB's {@code client_ed25519} expands the key as
 * {@code SHA-512(password)} for a password of any length, while RFC 8032 (and the JDK's EdDSA)
 * expands only a 32-byte seed: {@code SHA-512(seed)}. The JDK cannot be handed the expanded form,
 * so sqlwire does the curve arithmetic here. Speed is irrelevant (one signature per login); the
 * code follows the RFC's formulas as literally as possible.
 *
 * <p>Curve: {@code -x^2 + y^2 = 1 + d x^2 y^2} over GF(p), p = 2^255 - 19, d = -121665/121666;
 * base point B with y = 4/5 and even x; group order L = 2^252 + 27742317777372353535851937790883648493.
 * Points are kept in extended homogeneous coordinates (X, Y, Z, T) with x = X/Z, y = Y/Z, xy = T/Z.
 */
final class Ed25519 {
    static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
    static final BigInteger L = BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493"));
    private static final BigInteger D = BigInteger.valueOf(-121665).mod(P)
            .multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);
    /** sqrt(-1) mod p = 2^((p-1)/4). */
    private static final BigInteger SQRT_M1 = BigInteger.TWO.modPow(P.subtract(BigInteger.ONE).shiftRight(2), P);
    private static final Point BASE = base();

    private Ed25519() {
    }

    private record Point(BigInteger x, BigInteger y, BigInteger z, BigInteger t) {
    }

    /**
     * Signs {@code message} with the expanded secret {@code h} (64 bytes): the lower half, clamped,
     * is the scalar a; the upper half is the prefix that makes the nonce deterministic.
     * Returns R || S, 64 bytes.
     */
    static byte[] sign(byte[] h, byte[] message) {
        BigInteger a = clampedScalar(h);
        byte[] prefix = Arrays.copyOfRange(h, 32, 64);
        byte[] publicKey = encode(multiply(BASE, a));
        BigInteger r = littleEndian(Digests.sha512(prefix, message)).mod(L);
        byte[] rEncoded = encode(multiply(BASE, r));
        BigInteger k = littleEndian(Digests.sha512(rEncoded, publicKey, message)).mod(L);
        BigInteger s = r.add(k.multiply(a)).mod(L);
        byte[] signature = Arrays.copyOf(rEncoded, 64);
        System.arraycopy(toLittleEndian32(s), 0, signature, 32, 32);
        return signature;
    }

    /** The public key A = a·B, encoded, for the expanded secret {@code h}. */
    static byte[] publicKey(byte[] h) {
        return encode(multiply(BASE, clampedScalar(h)));
    }

    /** RFC 8032 5.1.5: clear the 3 low bits, clear bit 255, set bit 254. */
    private static BigInteger clampedScalar(byte[] h) {
        byte[] low = Arrays.copyOf(h, 32);
        low[0] &= (byte) 248;
        low[31] &= 127;
        low[31] |= 64;
        return littleEndian(low);
    }

    /** Point addition in extended coordinates (RFC 8032 5.1.4, a = -1); also valid for doubling. */
    private static Point add(Point p, Point q) {
        BigInteger a = p.y.subtract(p.x).multiply(q.y.subtract(q.x)).mod(P);
        BigInteger b = p.y.add(p.x).multiply(q.y.add(q.x)).mod(P);
        BigInteger c = p.t.multiply(BigInteger.TWO).multiply(D).multiply(q.t).mod(P);
        BigInteger d = p.z.multiply(BigInteger.TWO).multiply(q.z).mod(P);
        BigInteger e = b.subtract(a);
        BigInteger f = d.subtract(c);
        BigInteger g = d.add(c);
        BigInteger hh = b.add(a);
        return new Point(e.multiply(f).mod(P), g.multiply(hh).mod(P), f.multiply(g).mod(P), e.multiply(hh).mod(P));
    }

    /** s·p by double-and-add from the most significant bit. Not constant-time: see the class comment. */
    private static Point multiply(Point p, BigInteger s) {
        Point acc = new Point(BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE, BigInteger.ZERO);   // neutral
        for (int i = s.bitLength() - 1; i >= 0; i--) {
            acc = add(acc, acc);
            if (s.testBit(i)) {
                acc = add(acc, p);
            }
        }
        return acc;
    }

    /** 32 bytes: y little-endian, with the low bit of x in the top bit (RFC 8032 5.1.2). */
    private static byte[] encode(Point p) {
        BigInteger zInv = p.z.modInverse(P);
        BigInteger x = p.x.multiply(zInv).mod(P);
        BigInteger y = p.y.multiply(zInv).mod(P);
        byte[] out = toLittleEndian32(y);
        if (x.testBit(0)) {
            out[31] |= (byte) 0x80;
        }
        return out;
    }

    /** B: y = 4/5, x recovered as the even root of x^2 = (y^2 - 1) / (d y^2 + 1) (RFC 8032 5.1.3). */
    private static Point base() {
        BigInteger y = BigInteger.valueOf(4).multiply(BigInteger.valueOf(5).modInverse(P)).mod(P);
        BigInteger y2 = y.multiply(y).mod(P);
        BigInteger x2 = y2.subtract(BigInteger.ONE).multiply(D.multiply(y2).add(BigInteger.ONE).modInverse(P)).mod(P);
        BigInteger x = x2.modPow(P.add(BigInteger.valueOf(3)).shiftRight(3), P);
        if (!x.multiply(x).subtract(x2).mod(P).equals(BigInteger.ZERO)) {
            x = x.multiply(SQRT_M1).mod(P);
        }
        if (x.testBit(0)) {
            x = P.subtract(x);
        }
        return new Point(x, y, BigInteger.ONE, x.multiply(y).mod(P));
    }

    private static BigInteger littleEndian(byte[] bytes) {
        byte[] be = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            be[i] = bytes[bytes.length - 1 - i];
        }
        return new BigInteger(1, be);
    }

    private static byte[] toLittleEndian32(BigInteger v) {
        byte[] be = v.toByteArray();   // big-endian, maybe with a leading sign byte
        byte[] out = new byte[32];
        for (int i = 0; i < 32 && i < be.length; i++) {
            out[i] = be[be.length - 1 - i];
        }
        return out;
    }
}
