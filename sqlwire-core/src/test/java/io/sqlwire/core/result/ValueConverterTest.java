package io.sqlwire.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.DataException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ValueConverterTest {

    private final ValueConverter conv = ValueConverter.standard();

    private <T> T to(Object value, Class<T> type) {
        return conv.convert(value, type, "c");
    }

    @Test
    void nullStaysNullExceptForPrimitives() {
        assertThat(to(null, Integer.class)).isNull();
        assertThatThrownBy(() -> to(null, int.class))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("column \"c\" is NULL");
    }

    @Test
    void sameTypePassesThrough() {
        byte[] bytes = {1, 2};
        assertThat(to(bytes, byte[].class)).isSameAs(bytes);
        assertThat(to(5L, long.class)).isEqualTo(5L);
        assertThat(to("x", Object.class)).isEqualTo("x");
    }

    @Test
    void integralNarrowingChecksRange() {
        assertThat(to(42L, Integer.class)).isEqualTo(42);
        assertThat(to(42L, int.class)).isEqualTo(42);
        assertThat(to(-128L, Byte.class)).isEqualTo((byte) -128);
        assertThat(to(7, Short.class)).isEqualTo((short) 7);
        assertThatThrownBy(() -> to(3_000_000_000L, Integer.class))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("column \"c\"")
                .hasMessageContaining("3000000000")
                .hasMessageContaining("out of range for Integer")
                .satisfies(e -> assertThat(((DataException) e).sqlState()).isEqualTo("22003"));
        assertThatThrownBy(() -> to(128, Byte.class)).isInstanceOf(DataException.class);
        assertThatThrownBy(() -> to(new BigInteger("99999999999999999999"), Long.class))
                .isInstanceOf(DataException.class);
    }

    @Test
    void floatingToIntegralOnlyWhenWhole() {
        assertThat(to(2.0, Integer.class)).isEqualTo(2);
        assertThat(to(new BigDecimal("10.00"), Long.class)).isEqualTo(10L);
        assertThatThrownBy(() -> to(2.5, Integer.class))
                .isInstanceOf(DataException.class).hasMessageContaining("fractional");
        assertThatThrownBy(() -> to(Double.NaN, Long.class)).isInstanceOf(DataException.class);
    }

    @Test
    void widening() {
        assertThat(to(3, Long.class)).isEqualTo(3L);
        assertThat(to(3, Double.class)).isEqualTo(3.0);
        assertThat(to(1.5f, Double.class)).isEqualTo(1.5);
        assertThat(to(3L, BigDecimal.class)).isEqualByComparingTo("3");
        assertThat(to(0.1, BigDecimal.class)).isEqualTo(new BigDecimal("0.1"));
        assertThat(to(12L, BigInteger.class)).isEqualTo(BigInteger.valueOf(12));
        assertThat(to(1.5, Float.class)).isEqualTo(1.5f);
        assertThatThrownBy(() -> to(1e300, Float.class)).isInstanceOf(DataException.class);
    }

    @Test
    void textToNumbers() {
        assertThat(to(" 42 ", Integer.class)).isEqualTo(42);
        assertThat(to("12.50", BigDecimal.class)).isEqualTo(new BigDecimal("12.50"));
        assertThat(to("1e3", Long.class)).isEqualTo(1000L);
        assertThat(to("2.5", Double.class)).isEqualTo(2.5);
        assertThat(to("NaN", Double.class)).isNaN();
        assertThat(to("7", Number.class)).isEqualTo(7L);
        assertThat(to("7.5", Number.class)).isEqualTo(new BigDecimal("7.5"));
        assertThatThrownBy(() -> to("abc", Integer.class))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("\"abc\"")
                .hasMessageContaining("not a number");
    }

    @Test
    void booleans() {
        assertThat(to(1L, Boolean.class)).isTrue();
        assertThat(to(0, boolean.class)).isFalse();
        assertThat(to(1.0, Boolean.class)).isTrue();
        assertThat(to("true", Boolean.class)).isTrue();
        assertThat(to("F", Boolean.class)).isFalse();
        assertThat(to(true, Integer.class)).isEqualTo(1);
        assertThatThrownBy(() -> to(2L, Boolean.class)).isInstanceOf(DataException.class);
        assertThatThrownBy(() -> to("maybe", Boolean.class)).isInstanceOf(DataException.class);
    }

    @Test
    void anythingToString() {
        assertThat(to(42L, String.class)).isEqualTo("42");
        assertThat(to(new BigDecimal("1E+3"), String.class)).isEqualTo("1000");
        assertThat(to("hé".getBytes(StandardCharsets.UTF_8), String.class)).isEqualTo("hé");
        assertThat(to(LocalDate.of(2024, 1, 2), String.class)).isEqualTo("2024-01-02");
        assertThat(to("x", char.class)).isEqualTo('x');
        assertThatThrownBy(() -> to("xy", Character.class)).isInstanceOf(DataException.class);
    }

    @Test
    void textToTemporal() {
        assertThat(to("2024-01-02", LocalDate.class)).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(to("03:04:05", LocalTime.class)).isEqualTo(LocalTime.of(3, 4, 5));
        assertThat(to("2024-01-02 03:04:05", LocalDateTime.class))
                .isEqualTo(LocalDateTime.of(2024, 1, 2, 3, 4, 5));
        assertThat(to("2024-01-02 03:04:05.123", LocalDateTime.class))
                .isEqualTo(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 123_000_000));
        assertThat(to("2024-01-02T03:04", LocalDateTime.class))
                .isEqualTo(LocalDateTime.of(2024, 1, 2, 3, 4));
        assertThat(to("2024-01-02 03:04:05+02", OffsetDateTime.class))
                .isEqualTo(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2)));
        assertThat(to("2024-01-02T03:04:05Z", Instant.class)).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
        assertThat(to("2024-01-02 03:04:05", Instant.class)).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
        assertThat(to("2024-01-02 03:04:05", LocalDate.class)).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(to("10:00+05:30", OffsetTime.class)).isEqualTo(OffsetTime.of(10, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)));
        assertThatThrownBy(() -> to("2024-13-01", LocalDate.class))
                .isInstanceOf(DataException.class)
                .satisfies(e -> assertThat(((DataException) e).sqlState()).isEqualTo("22007"));
        assertThatThrownBy(() -> to("03:04", LocalDate.class)).isInstanceOf(DataException.class)
                .hasMessageContaining("no date");
    }

    @Test
    void temporalToTemporal() {
        OffsetDateTime odt = OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(1));
        assertThat(to(odt, Instant.class)).isEqualTo(Instant.parse("2024-01-02T02:04:05Z"));
        assertThat(to(odt, LocalDateTime.class)).isEqualTo(LocalDateTime.of(2024, 1, 2, 3, 4, 5));
        assertThat(to(LocalDate.of(2024, 1, 2), LocalDateTime.class)).isEqualTo(LocalDateTime.of(2024, 1, 2, 0, 0));
        assertThat(to(Instant.parse("2024-01-02T03:04:05Z"), OffsetDateTime.class))
                .isEqualTo(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC));
    }

    @Test
    void epochSecondsToInstant() {
        assertThat(to(1_700_000_000L, Instant.class)).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
        assertThat(to(1.5, Instant.class)).isEqualTo(Instant.ofEpochSecond(1, 500_000_000));
        assertThatThrownBy(() -> to(5L, LocalDate.class)).isInstanceOf(DataException.class);
    }

    @Test
    void uuidsAndBytes() {
        UUID u = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        assertThat(to(u.toString(), UUID.class)).isEqualTo(u);
        assertThat(to("123e4567e89b12d3a456426614174000", UUID.class)).isEqualTo(u);
        byte[] raw = to(u, byte[].class);
        assertThat(raw).hasSize(16);
        assertThat(to(raw, UUID.class)).isEqualTo(u);
        assertThat(to("ab", byte[].class)).containsExactly('a', 'b');
        assertThatThrownBy(() -> to(new byte[3], UUID.class)).isInstanceOf(DataException.class)
                .hasMessageContaining("<3 bytes>");
    }

    enum Color { RED, GREEN }

    @Test
    void enums() {
        assertThat(to("RED", Color.class)).isEqualTo(Color.RED);
        assertThat(to("green", Color.class)).isEqualTo(Color.GREEN);
        assertThatThrownBy(() -> to("blue", Color.class)).isInstanceOf(DataException.class);
    }

    @Test
    void unrelatedTypesFail() {
        assertThatThrownBy(() -> to(new byte[] {1}, LocalDate.class))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("to LocalDate");
    }

    @Test
    void aPluggedFamilyIsAskedFirst() {
        ValueConversion shout = new ValueConversion() {
            @Override
            public boolean produces(Class<?> target) {
                return target == String.class;
            }

            @Override
            public Object convert(Object value, Class<?> target) {
                return value instanceof Long ? null : value.toString().toUpperCase();
            }
        };
        ValueConverter custom = conv.with(shout);
        assertThat(custom.convert(true, String.class, "c")).isEqualTo("TRUE");
        assertThat(custom.convert(5L, String.class, "c")).isEqualTo("5");
    }
}
