package io.sqlwire.postgres.type;

import static io.sqlwire.postgres.type.Codecs.binary;
import static io.sqlwire.postgres.type.Codecs.encodeHex;
import static io.sqlwire.postgres.type.Codecs.oid;
import static io.sqlwire.postgres.type.Codecs.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.DataException;
import io.sqlwire.postgres.PgInterval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Binary expectations are PostgreSQL 15's send output (COPY ... FORMAT binary). */
class TemporalCodecsTest {

    @Test
    void date() {
        assertThat(binary(PgTypes.DATE, "ffffffff")).isEqualTo(LocalDate.of(1999, 12, 31));
        assertThat(binary(PgTypes.DATE, "7fffffff")).isEqualTo(LocalDate.MAX);
        assertThat(binary(PgTypes.DATE, "80000000")).isEqualTo(LocalDate.MIN);
        assertThat(binary(PgTypes.DATE, "fff49d7b")).isEqualTo(LocalDate.of(-43, 3, 15));
        assertThat(text(PgTypes.DATE, "0044-03-15 BC")).isEqualTo(LocalDate.of(-43, 3, 15));
        assertThat(text(PgTypes.DATE, "12345-06-07")).isEqualTo(LocalDate.of(12345, 6, 7));
        assertThat(text(PgTypes.DATE, "-infinity")).isEqualTo(LocalDate.MIN);
        assertThat(encodeHex(LocalDate.of(-43, 3, 15))).isEqualTo("fff49d7b");
        assertThat(encodeHex(LocalDate.MAX)).isEqualTo("7fffffff");
        assertThat(oid(LocalDate.EPOCH)).isEqualTo(PgTypes.DATE);
        assertThat(PgTime.dateText(LocalDate.of(-43, 3, 15))).isEqualTo("0044-03-15 BC");
        assertThatThrownBy(() -> text(PgTypes.DATE, "2024-02-30")).isInstanceOf(DataException.class)
                .hasMessageContaining("date (OID 1082)");
    }

    @Test
    void time() {
        assertThat(binary(PgTypes.TIME, "000000141dd76000")).isEqualTo(LocalTime.MAX);
        assertThat(text(PgTypes.TIME, "24:00:00")).isEqualTo(LocalTime.MAX);
        assertThat(text(PgTypes.TIME, "13:14:15.5")).isEqualTo(LocalTime.of(13, 14, 15, 500_000_000));
        assertThat(encodeHex(LocalTime.MAX)).isEqualTo("000000141dd76000");
        assertThat(encodeHex(LocalTime.of(0, 0, 0, 1_499))).isEqualTo("0000000000000001");
        assertThat(encodeHex(LocalTime.of(0, 0, 0, 1_500))).isEqualTo("0000000000000002");
    }

    @Test
    void timetz() {
        OffsetTime noonIndia = OffsetTime.of(12, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(binary(PgTypes.TIMETZ, "0000000a0eebb000ffffb2a8")).isEqualTo(noonIndia);
        assertThat(encodeHex(noonIndia)).isEqualTo("0000000a0eebb000ffffb2a8");
        assertThat(text(PgTypes.TIMETZ, "12:00:00+05:30")).isEqualTo(noonIndia);
        assertThat(text(PgTypes.TIMETZ, "12:00:00.25-08")).isEqualTo(
                OffsetTime.of(12, 0, 0, 250_000_000, ZoneOffset.ofHours(-8)));
        assertThat(text(PgTypes.TIMETZ, "12:00:00+05:30:15")).isEqualTo(
                OffsetTime.of(12, 0, 0, 0, ZoneOffset.ofHoursMinutesSeconds(5, 30, 15)));
    }

    @Test
    void timestamp() {
        LocalDateTime justAfter1970 = LocalDateTime.of(1970, 1, 1, 0, 0, 0, 1000);
        assertThat(binary(PgTypes.TIMESTAMP, "fffca2fec4c82001")).isEqualTo(justAfter1970);
        assertThat(encodeHex(justAfter1970)).isEqualTo("fffca2fec4c82001");
        assertThat(binary(PgTypes.TIMESTAMP, "7fffffffffffffff")).isEqualTo(LocalDateTime.MAX);
        assertThat(encodeHex(LocalDateTime.MIN)).isEqualTo("8000000000000000");
        assertThat(text(PgTypes.TIMESTAMP, "0044-03-15 12:00:00 BC")).isEqualTo(LocalDateTime.of(-43, 3, 15, 12, 0));
        assertThat(text(PgTypes.TIMESTAMP, "294276-12-31 23:59:59.999999"))
                .isEqualTo(LocalDateTime.of(294276, 12, 31, 23, 59, 59, 999_999_000));
        assertThat(text(PgTypes.TIMESTAMP, "infinity")).isEqualTo(LocalDateTime.MAX);
        assertThat(oid(LocalDateTime.MIN)).isEqualTo(PgTypes.TIMESTAMP);
    }

    @Test
    void timestamptz() {
        OffsetDateTime far = OffsetDateTime.of(2262, 4, 11, 23, 47, 16, 854_775_000, ZoneOffset.UTC);
        assertThat(binary(PgTypes.TIMESTAMPTZ, "001d679a6aab73f7")).isEqualTo(far);
        assertThat(encodeHex(far)).isEqualTo("001d679a6aab73f7");
        assertThat(encodeHex(far.toInstant())).isEqualTo("001d679a6aab73f7");
        assertThat(encodeHex(far.atZoneSameInstant(ZoneId.of("Asia/Kolkata")))).isEqualTo("001d679a6aab73f7");
        assertThat(binary(PgTypes.TIMESTAMPTZ, "8000000000000000")).isEqualTo(OffsetDateTime.MIN);
        assertThat(encodeHex(Instant.MAX)).isEqualTo("7fffffffffffffff");
        assertThat(text(PgTypes.TIMESTAMPTZ, "1850-01-01 05:53:28+05:53:28"))
                .isEqualTo(OffsetDateTime.of(1850, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(text(PgTypes.TIMESTAMPTZ, "0044-03-15 12:00:00.5+00 BC"))
                .isEqualTo(OffsetDateTime.of(-43, 3, 15, 12, 0, 0, 500_000_000, ZoneOffset.UTC));
        assertThat(text(PgTypes.TIMESTAMPTZ, "2024-01-01 05:30:00-02:30"))
                .isEqualTo(OffsetDateTime.of(2024, 1, 1, 8, 0, 0, 0, ZoneOffset.UTC));
        assertThat(oid(Instant.EPOCH)).isEqualTo(PgTypes.TIMESTAMPTZ);
    }

    @Test
    void interval() {
        PgInterval i = new PgInterval(-14, 3, -14_706_500_000L);
        assertThat(binary(PgTypes.INTERVAL, "fffffffc936c9e6000000003fffffff2")).isEqualTo(i);
        assertThat(encodeHex(i)).isEqualTo("fffffffc936c9e6000000003fffffff2");
        assertThat(text(PgTypes.INTERVAL, "-1 years -2 mons +3 days -04:05:06.5")).isEqualTo(i);
        assertThat(text(PgTypes.INTERVAL, "00:00:00")).isEqualTo(PgInterval.ZERO);
        assertThat(text(PgTypes.INTERVAL, "1 day")).isEqualTo(new PgInterval(0, 1, 0));
        assertThat(text(PgTypes.INTERVAL, "-00:00:01")).isEqualTo(new PgInterval(0, 0, -1_000_000));
        assertThat(text(PgTypes.INTERVAL, "178000000 years")).isEqualTo(new PgInterval(2_136_000_000, 0, 0));
        assertThat(text(PgTypes.INTERVAL, "1000:00:00")).isEqualTo(new PgInterval(0, 0, 3_600_000_000_000L));
        assertThat(i.toString()).isEqualTo("P-1Y-2M3DT-4H-5M-6.5S");
        assertThat(text(PgTypes.INTERVAL, "P-1Y-2M3DT-4H-5M-6.5S")).isEqualTo(i);
        assertThat(text(PgTypes.INTERVAL, "PT0S")).isEqualTo(PgInterval.ZERO);
        assertThat(text(PgTypes.INTERVAL, "P1W")).isEqualTo(new PgInterval(0, 7, 0));
        assertThat(text(PgTypes.INTERVAL, "PT1M0.000001S")).isEqualTo(new PgInterval(0, 0, 60_000_001));
        assertThat(oid(i)).isEqualTo(PgTypes.INTERVAL);
    }
}
