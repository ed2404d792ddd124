package io.sqlwire.mysql.type;

import static io.sqlwire.mysql.type.Codecs.binary;
import static io.sqlwire.mysql.type.Codecs.encode;
import static io.sqlwire.mysql.type.Codecs.encodeText;
import static io.sqlwire.mysql.type.Codecs.text;
import static io.sqlwire.mysql.type.Codecs.type;
import static io.sqlwire.mysql.type.Codecs.unsigned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.DataException;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class NumberCodecsTest {

    @Test
    void tinyint() {
        assertThat(binary(type(MySqlTypes.TINY), "ff")).isEqualTo(-1);
        assertThat(binary(unsigned(MySqlTypes.TINY), "ff")).isEqualTo(255);
        assertThat(text(type(MySqlTypes.TINY), "-128")).isEqualTo(-128);
        assertThat(encode((byte) -2)).isEqualTo("TINY:fe");
        assertThat(encode(true)).isEqualTo("TINY:01");
        assertThat(encode(false)).isEqualTo("TINY:00");
        assertThat(encodeText(true)).isEqualTo("1");
    }

    @Test
    void smallintAndYear() {
        assertThat(binary(type(MySqlTypes.SHORT), "0080")).isEqualTo(-32768);
        assertThat(binary(unsigned(MySqlTypes.SHORT), "ffff")).isEqualTo(65535);
        assertThat(binary(type(MySqlTypes.YEAR), "e807")).isEqualTo(2024);
        assertThat(text(type(MySqlTypes.YEAR), "0000")).isEqualTo(0);
        assertThat(encode((short) 0x1234)).isEqualTo("SHORT:3412");
    }

    @Test
    void mediumintAndInt() {
        assertThat(binary(type(MySqlTypes.INT24), "ffff7f00")).isEqualTo(8388607);
        assertThat(binary(type(MySqlTypes.INT24), "000080ff")).isEqualTo(-8388608);
        assertThat(binary(unsigned(MySqlTypes.INT24), "ffffff00")).isEqualTo(16777215);
        assertThat(binary(type(MySqlTypes.LONG), "ffffffff")).isEqualTo(-1);
        assertThat(binary(unsigned(MySqlTypes.LONG), "ffffffff")).isEqualTo(4294967295L);
        assertThat(text(unsigned(MySqlTypes.LONG), "4294967295")).isEqualTo(4294967295L);
        assertThat(encode(0x01020304)).isEqualTo("LONG:04030201");
    }

    @Test
    void bigint() {
        assertThat(binary(type(MySqlTypes.LONGLONG), "0000000000000080")).isEqualTo(Long.MIN_VALUE);
        assertThat(binary(unsigned(MySqlTypes.LONGLONG), "ffffffffffffffff"))
                .isEqualTo(new BigInteger("18446744073709551615"));
        assertThat(binary(unsigned(MySqlTypes.LONGLONG), "0100000000000000")).isEqualTo(BigInteger.ONE);
        assertThat(text(unsigned(MySqlTypes.LONGLONG), "18446744073709551615"))
                .isEqualTo(new BigInteger("18446744073709551615"));
        assertThat(text(type(MySqlTypes.LONGLONG), "-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
        assertThat(encode(-2L)).isEqualTo("LONGLONG:feffffffffffffff");
        assertThat(encode(new BigInteger("18446744073709551615"))).isEqualTo("LONGLONG UNSIGNED:ffffffffffffffff");
        assertThat(encode(BigInteger.valueOf(-5))).isEqualTo("LONGLONG:fbffffffffffffff");
        assertThat(encode(BigInteger.ONE.shiftLeft(64))).isEqualTo("NEWDECIMAL:" + hex("18446744073709551616"));
    }

    @Test
    void decimal() {
        assertThat(text(type(MySqlTypes.NEWDECIMAL), "-12.50")).isEqualTo(new BigDecimal("-12.50"));
        assertThat(binary(type(MySqlTypes.NEWDECIMAL), hex("99999999999999999999999999999999999.123456789")))
                .isEqualTo(new BigDecimal("99999999999999999999999999999999999.123456789"));
        assertThat(encode(new BigDecimal("1E+3"))).isEqualTo("NEWDECIMAL:" + hex("1000"));
        assertThat(encode(new BigDecimal("-0.001"))).isEqualTo("NEWDECIMAL:" + hex("-0.001"));
    }

    @Test
    void floatAndDouble() {
        assertThat(binary(type(MySqlTypes.FLOAT), "0000c03f")).isEqualTo(1.5f);
        assertThat(binary(type(MySqlTypes.DOUBLE), "000000000000f8bf")).isEqualTo(-1.5d);
        assertThat(text(type(MySqlTypes.FLOAT), "3.14")).isEqualTo(3.14f);
        assertThat(text(type(MySqlTypes.DOUBLE), "1.7976931348623157e308")).isEqualTo(Double.MAX_VALUE);
        assertThat(encode(1.5f)).isEqualTo("FLOAT:0000c03f");
        assertThat(encode(-1.5d)).isEqualTo("DOUBLE:000000000000f8bf");
        assertThatThrownBy(() -> encodeText(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformedValuesNameTheType() {
        assertThatThrownBy(() -> text(type(MySqlTypes.LONG), "12x"))
                .isInstanceOf(DataException.class).hasMessageStartingWith("invalid text MySQL LONG value");
        assertThatThrownBy(() -> binary(type(MySqlTypes.LONGLONG), "0102"))
                .isInstanceOf(DataException.class).hasMessage("invalid binary MySQL LONGLONG value: too short");
    }

    @Test
    void tinyint1StaysANumberButConvertsToBoolean() {
        Object v = binary(MySqlTypes.column(MySqlTypes.TINY, 0, 63, 0), "01");
        assertThat(v).isEqualTo(1);
        assertThat(io.sqlwire.core.result.ValueConverter.standard().convert(v, Boolean.class, "flag")).isTrue();
        assertThat(io.sqlwire.core.result.ValueConverter.standard().convert(0, Boolean.class, "flag")).isFalse();
    }

    static String hex(String ascii) {
        return Codecs.HEX.formatHex(ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
