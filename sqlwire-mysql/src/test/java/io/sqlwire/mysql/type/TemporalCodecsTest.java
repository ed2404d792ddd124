package io.sqlwire.mysql.type;

import static io.sqlwire.mysql.type.Codecs.binary;
import static io.sqlwire.mysql.type.Codecs.context;
import static io.sqlwire.mysql.type.Codecs.encode;
import static io.sqlwire.mysql.type.Codecs.encodeText;
import static io.sqlwire.mysql.type.Codecs.text;
import static io.sqlwire.mysql.type.Codecs.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.DataException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class TemporalCodecsTest {

    @Test
    void date() {
        assertThat(binary(type(MySqlTypes.DATE), "e807020f")).isEqualTo(LocalDate.of(2024, 2, 15));
        assertThat(text(type(MySqlTypes.DATE), "9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(encode(LocalDate.of(2024, 2, 15))).isEqualTo("DATE:e807020f");
        assertThat(encodeText(LocalDate.of(33, 1, 2))).isEqualTo("0033-01-02");
    }

    @Test
    void datetimeWithFraction() {
        LocalDateTime t = LocalDateTime.of(2024, 2, 15, 13, 14, 15, 123_456_000);
        assertThat(binary(type(MySqlTypes.DATETIME), "e807020f0d0e0f40e20100")).isEqualTo(t);
        assertThat(binary(type(MySqlTypes.TIMESTAMP), "e807020f0d0e0f")).isEqualTo(t.withNano(0));
        assertThat(binary(type(MySqlTypes.DATETIME), "e807020f")).isEqualTo(LocalDateTime.of(2024, 2, 15, 0, 0));
        assertThat(text(type(MySqlTypes.DATETIME), "2024-02-15 13:14:15.123456")).isEqualTo(t);
        assertThat(text(type(MySqlTypes.DATETIME), "2024-02-15 13:14:15.1")).isEqualTo(t.withNano(100_000_000));
        assertThat(text(type(MySqlTypes.TIMESTAMP), "2024-02-15 13:14:15")).isEqualTo(t.withNano(0));
        assertThat(encode(t)).isEqualTo("DATETIME:e807020f0d0e0f40e20100");
        assertThat(encode(t.withNano(0))).isEqualTo("DATETIME:e807020f0d0e0f");
        assertThat(encodeText(t.withNano(123_456_789))).isEqualTo("2024-02-15 13:14:15.123456");
        assertThat(encode(Instant.parse("2024-02-15T13:14:15Z"))).isEqualTo("DATETIME:e807020f0d0e0f");
    }

    @Test
    void zeroDatesFollowTheOption() {
        assertThat(text(type(MySqlTypes.DATE), "0000-00-00")).isNull();
        assertThat(binary(type(MySqlTypes.DATETIME), "")).isNull();
        assertThat(text(type(MySqlTypes.DATETIME), "0000-00-00 00:00:00")).isNull();
        MySqlCodecContext round = context(ZeroDateBehavior.ROUND);
        assertThat(text(type(MySqlTypes.DATE), "0000-00-00", round)).isEqualTo(LocalDate.of(1, 1, 1));
        assertThat(text(type(MySqlTypes.DATE), "2024-00-15", round)).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(binary(type(MySqlTypes.DATETIME), "", round)).isEqualTo(LocalDateTime.of(1, 1, 1, 0, 0));
        assertThat(binary(type(MySqlTypes.DATETIME), "e80700000a0000", round))
                .isEqualTo(LocalDateTime.of(2024, 1, 1, 10, 0));
        MySqlCodecContext strict = context(ZeroDateBehavior.EXCEPTION);
        assertThatThrownBy(() -> text(type(MySqlTypes.DATE), "0000-00-00", strict))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("MySQL DATE value 0000-00-00 has a zero month or day");
    }

    @Test
    void timeIsADurationThatMayBeNegativeOrLong() {
        assertThat(binary(type(MySqlTypes.TIME), "")).isEqualTo(Duration.ZERO);
        // -838:59:59 = -(34 days 22:59:59): negative, days 0x22, hours 0x16, 0x3b minutes, 0x3b seconds
        assertThat(binary(type(MySqlTypes.TIME), "0122000000163b3b"))
                .isEqualTo(Duration.ofHours(-838).minusMinutes(59).minusSeconds(59));
        assertThat(binary(type(MySqlTypes.TIME), "00010000000102030a000000"))
                .isEqualTo(Duration.parse("PT25H2M3.00001S"));
        assertThat(text(type(MySqlTypes.TIME), "-838:59:59.000001"))
                .isEqualTo(Duration.ofHours(-838).minusMinutes(59).minusSeconds(59).minusNanos(1000));
        assertThat(text(type(MySqlTypes.TIME), "13:14:15")).isEqualTo(Duration.parse("PT13H14M15S"));
        assertThat(encode(Duration.parse("-PT25H2M3S"))).isEqualTo("TIME:0101000000010203");
        assertThat(encode(Duration.parse("PT0.5S"))).isEqualTo("TIME:000000000000000020a10700");
        assertThat(encode(LocalTime.of(23, 59, 58))).isEqualTo("TIME:0000000000173b3a");
        assertThat(encodeText(Duration.parse("-PT838H59M59.999999S"))).isEqualTo("-838:59:59.999999");
    }

    @Test
    void badLengthIsAnError() {
        assertThatThrownBy(() -> binary(type(MySqlTypes.DATETIME), "e80702"))
                .isInstanceOf(DataException.class).hasMessageContaining("length 3");
        assertThatThrownBy(() -> text(type(MySqlTypes.TIME), "12:3"))
                .isInstanceOf(DataException.class).hasMessageStartingWith("invalid text MySQL TIME value");
    }
}
