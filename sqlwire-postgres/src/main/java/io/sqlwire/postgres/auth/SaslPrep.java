package io.sqlwire.postgres.auth;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;

/**
 * SASLprep (RFC 4013, the stringprep profile of RFC 3454) for SCRAM passwords, with PostgreSQL's
 * choices: a pure ASCII string is used unchanged, and when a string is prohibited the caller uses
 * its raw UTF-8 bytes instead ({@link #passwordBytes}), because the server does the same when it
 * stores the verifier.
 *
 * <p>Steps: map non-ASCII spaces (table C.1.2) to U+0020 and delete "commonly mapped to nothing"
 * characters (B.1); normalise with NFKC; refuse prohibited characters (C.1.2 to C.9) and code points
 * unassigned in Unicode 3.2 (A.1, {@link StringprepTables}); apply the bidirectional rule (a
 * string with right-to-left characters must not contain left-to-right ones and must start and end
 * with right-to-left characters).
 */
public final class SaslPrep {

    // Inclusive code point ranges, flattened as start, end, start, end, ...
    private static final int[] MAPPED_TO_NOTHING = {0x00AD, 0x00AD, 0x034F, 0x034F, 0x1806, 0x1806,
        0x180B, 0x180D, 0x200B, 0x200D, 0x2060, 0x2060, 0xFE00, 0xFE0F, 0xFEFF, 0xFEFF};
    private static final int[] NON_ASCII_SPACE = {0x00A0, 0x00A0, 0x1680, 0x1680, 0x2000, 0x200B,
        0x202F, 0x202F, 0x205F, 0x205F, 0x3000, 0x3000};
    private static final int[] PROHIBITED = {
        0x0000, 0x001F, 0x007F, 0x009F, // C.2.1, C.2.2 (0x80-0x9F)
        0x0340, 0x0341, 0x06DD, 0x06DD, 0x070F, 0x070F, 0x180E, 0x180E, // C.8, C.2.2
        0x200C, 0x200F, 0x2028, 0x202E, 0x2060, 0x2063, 0x206A, 0x206F, // C.2.2, C.8
        0x2FF0, 0x2FFB, 0xD800, 0xDFFF, 0xE000, 0xF8FF, 0xFDD0, 0xFDEF, // C.7, C.5, C.3, C.4
        0xFEFF, 0xFEFF, 0xFFF9, 0xFFFD, 0x1D173, 0x1D17A, // C.2.2, C.6, C.2.2
        0xE0001, 0xE0001, 0xE0020, 0xE007F, 0xF0000, 0xFFFFD, 0x100000, 0x10FFFD}; // C.9, C.3

    private SaslPrep() {
    }

    /** The prepared string, or empty when the string is prohibited by SASLprep. */
    public static Optional<String> prepare(String s) {
        if (s.chars().allMatch(c -> c < 0x80)) {
            return Optional.of(s);
        }
        StringBuilder mapped = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (in(NON_ASCII_SPACE, cp)) {
                mapped.append(' ');
            } else if (!in(MAPPED_TO_NOTHING, cp)) {
                mapped.appendCodePoint(cp);
            }
        }
        String normal = Normalizer.normalize(mapped, Normalizer.Form.NFKC);
        return allowed(normal) && bidiOk(normal) ? Optional.of(normal) : Optional.empty();
    }

    /** The bytes SCRAM hashes: the prepared password as UTF-8, or the raw UTF-8 when SASLprep refuses it. */
    public static byte[] passwordBytes(String password) {
        return prepare(password).orElse(password).getBytes(StandardCharsets.UTF_8);
    }

    private static boolean allowed(String s) {
        return s.codePoints().noneMatch(cp -> in(NON_ASCII_SPACE, cp) || in(PROHIBITED, cp)
                || (cp & 0xFFFE) == 0xFFFE || StringprepTables.contains(StringprepTables.A1_UNASSIGNED, cp));
    }

    private static boolean bidiOk(String s) {
        boolean randAl = s.codePoints().anyMatch(SaslPrep::isRandAl);
        if (!randAl) {
            return true;
        }
        boolean l = s.codePoints().anyMatch(cp -> StringprepTables.contains(StringprepTables.D2_L, cp));
        return !l && isRandAl(s.codePointAt(0)) && isRandAl(s.codePointBefore(s.length()));
    }

    private static boolean isRandAl(int cp) {
        return StringprepTables.contains(StringprepTables.D1_RAND_AL, cp);
    }

    private static boolean in(int[] ranges, int cp) {
        for (int i = 0; i < ranges.length; i += 2) {
            if (cp >= ranges[i] && cp <= ranges[i + 1]) {
                return true;
            }
        }
        return false;
    }
}
