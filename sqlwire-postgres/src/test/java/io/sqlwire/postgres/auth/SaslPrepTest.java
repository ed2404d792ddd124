package io.sqlwire.postgres.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SaslPrepTest {

    @Test
    void asciiIsUnchangedEvenWithControlCharacters() {
        assertThat(SaslPrep.prepare("pencil")).contains("pencil");
        assertThat(SaslPrep.prepare("a\tb")).contains("a\tb");
    }

    // RFC 4013 §3 examples
    @Test
    void rfc4013Examples() {
        assertThat(SaslPrep.prepare("I\u00ADX")).contains("IX");            // soft hyphen mapped to nothing
        assertThat(SaslPrep.prepare("\u00AA")).contains("a");               // NFKC
        assertThat(SaslPrep.prepare("\u2168")).contains("IX");              // NFKC
        assertThat(SaslPrep.prepare("\u0007\u00e9")).isEmpty();             // prohibited control character
        assertThat(SaslPrep.prepare("\u0627\u0031")).isEmpty();             // bidi: must end with RandAL
    }

    @Test
    void nonAsciiSpaceBecomesSpace() {
        assertThat(SaslPrep.prepare("a\u00A0b\u3000c")).contains("a b c");
    }

    @Test
    void prohibitedCharacters() {
        assertThat(SaslPrep.prepare("\u00e9\uE000")).isEmpty();           // private use
        assertThat(SaslPrep.prepare("\u00e9\uFFFF")).isEmpty();           // non-character
        assertThat(SaslPrep.prepare("\u00e9\u200E")).isEmpty();           // left-to-right mark
        assertThat(SaslPrep.prepare("\u00e9\uDB40\uDC01")).isEmpty();     // U+E0001 language tag
        assertThat(SaslPrep.prepare("\u00e9\u0378")).isEmpty();           // unassigned
    }

    @Test
    void bidiRule() {
        assertThat(SaslPrep.prepare("\u05D0\u05D1")).contains("\u05D0\u05D1");
        assertThat(SaslPrep.prepare("\u05D0a\u05D1")).isEmpty();          // RandAL with L
        assertThat(SaslPrep.prepare("\u0627\u0031\u0628")).contains("\u0627\u0031\u0628");
    }

    @Test
    void prohibitedPasswordFallsBackToRawUtf8() {
        assertThat(SaslPrep.passwordBytes("\u00e9\uE000")).isEqualTo("\u00e9\uE000".getBytes(UTF_8));
        assertThat(SaslPrep.passwordBytes("\u2168")).isEqualTo("IX".getBytes(UTF_8));
    }

    // Unicode 3.2 data, not the JDK's: U+1F600 was assigned in Unicode 6.1, so SASLprep refuses it
    // (and the server, which uses the same tables, hashed the raw UTF-8 bytes)
    @Test
    void unassignedInUnicode32IsProhibited() {
        assertThat(SaslPrep.prepare("e\u0301\uD83D\uDE00")).isEmpty();
        assertThat(SaslPrep.passwordBytes("e\u0301\uD83D\uDE00")).isEqualTo("e\u0301\uD83D\uDE00".getBytes(UTF_8));
        assertThat(SaslPrep.prepare("e\u0301")).contains("\u00e9");
    }

    @Test
    void tableLookups() {
        assertThat(StringprepTables.contains(StringprepTables.A1_UNASSIGNED, 0x0221)).isTrue();
        assertThat(StringprepTables.contains(StringprepTables.A1_UNASSIGNED, 0x0222)).isFalse();
        assertThat(StringprepTables.contains(StringprepTables.A1_UNASSIGNED, 0x1F600)).isTrue();
        assertThat(StringprepTables.contains(StringprepTables.D1_RAND_AL, 0x05BE)).isTrue();
        assertThat(StringprepTables.contains(StringprepTables.D1_RAND_AL, 'A')).isFalse();
        assertThat(StringprepTables.contains(StringprepTables.D2_L, 'A')).isTrue();
        assertThat(StringprepTables.contains(StringprepTables.D2_L, '1')).isFalse();
    }
}
