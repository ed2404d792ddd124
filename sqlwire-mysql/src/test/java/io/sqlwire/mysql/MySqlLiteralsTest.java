package io.sqlwire.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.DataException;
import io.sqlwire.InterfaceException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MySqlLiteralsTest {

    static String lit(Object v) {
        return MySqlLiterals.literal(v, false);
    }

    @Test
    void numbersAndBooleans() {
        assertThat(lit(null)).isEqualTo("NULL");
        assertThat(lit(true)).isEqualTo("TRUE");
        assertThat(lit(-7L)).isEqualTo("-7");
        assertThat(lit(new BigInteger("18446744073709551615"))).isEqualTo("18446744073709551615");
        assertThat(lit(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(lit(1.5)).isEqualTo("1.5E0");
        assertThat(lit(1e300)).isEqualTo("1.0E300");
        assertThat(lit(0.1f)).isEqualTo("0.1E0");
        assertThatThrownBy(() -> lit(Double.NaN)).isInstanceOf(DataException.class);
    }

    @Test
    void stringsWithBackslashEscapes() {
        assertThat(lit("it's \"q\" \\ \n\r\0\u001a")).isEqualTo("'it\\'s \\\"q\\\" \\\\ \\n\\r\\0\\Z'");
        assertThat(MySqlLiterals.escape("a'b", false)).isEqualTo("a\\'b");
    }

    @Test
    void stringsUnderNoBackslashEscapes() {
        assertThat(MySqlLiterals.literal("it's \\", true)).isEqualTo("'it''s \\'");
        assertThat(MySqlLiterals.escape("a'b\\", true)).isEqualTo("a''b\\");
    }

    @Test
    void bytesDatesAndOthers() {
        assertThat(lit(new byte[] {0, (byte) 0xAB})).isEqualTo("X'00AB'");
        assertThat(lit(LocalDate.of(2024, 2, 29))).isEqualTo("DATE '2024-02-29'");
        assertThat(lit(LocalTime.of(1, 2, 3, 4_000))).isEqualTo("TIME '01:02:03.000004'");
        assertThat(lit(LocalDateTime.of(2024, 1, 2, 3, 4, 5))).isEqualTo("TIMESTAMP '2024-01-02 03:04:05'");
        assertThat(lit(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2))))
                .isEqualTo("TIMESTAMP '2024-01-02 01:04:05'");
        assertThat(lit(Instant.parse("2024-01-02T03:04:05.5Z"))).isEqualTo("TIMESTAMP '2024-01-02 03:04:05.5'");
        assertThat(lit(Duration.ofHours(-30).minusSeconds(1))).isEqualTo("TIME '-30:00:01'");
        assertThat(lit(Duration.ofMillis(1500))).isEqualTo("TIME '0:00:01.500000'");
        assertThat(lit(UUID.fromString("123e4567-e89b-12d3-a456-426614174000")))
                .isEqualTo("'123e4567-e89b-12d3-a456-426614174000'");
        assertThatThrownBy(() -> lit(new Object())).isInstanceOf(InterfaceException.class);
    }
}
