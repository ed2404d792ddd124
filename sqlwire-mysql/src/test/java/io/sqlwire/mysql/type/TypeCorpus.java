package io.sqlwire.mysql.type;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The value corpus of {@link TypeCorpusIT}: a column of {@link #TABLE}, the SQL literal inserted
 * into it and the Java value sqlwire must decode, in both protocols, on MariaDB and MySQL 8.
 * Zero dates are inserted with an empty sql_mode and decode to null (zero_date_behavior=null).
 */
final class TypeCorpus {

    record Case(String column, String literal, Object expected) {
    }

    static final String TABLE = "CREATE TEMPORARY TABLE codec_corpus (id INT PRIMARY KEY, "
            + "ti TINYINT, tiu TINYINT UNSIGNED, tb TINYINT(1), si SMALLINT, siu SMALLINT UNSIGNED, mi MEDIUMINT, "
            + "miu MEDIUMINT UNSIGNED, i INT, iu INT UNSIGNED, bi BIGINT, biu BIGINT UNSIGNED, de DECIMAL(20,6), "
            + "de0 DECIMAL(65,0), f FLOAT, d DOUBLE, bt BIT(10), b1 BIT(1), y YEAR, dt DATE, tm TIME, tm6 TIME(6), "
            + "dtm DATETIME, dtm6 DATETIME(6), ts TIMESTAMP(3) NULL, c CHAR(5), vc VARCHAR(50), tx MEDIUMTEXT, "
            + "lat VARCHAR(20) CHARACTER SET latin1, bn BINARY(3), vb VARBINARY(10), bl MEDIUMBLOB, "
            + "e ENUM('small','large'), st SET('a','b','c'), j JSON, g GEOMETRY)";

    static final List<Case> CASES = List.of(
            c("ti", "-128", -128), c("ti", "127", 127), c("ti", "0", 0),
            c("tiu", "255", 255), c("tiu", "0", 0),
            c("tb", "1", 1), c("tb", "0", 0),
            c("si", "-32768", -32768), c("si", "32767", 32767), c("siu", "65535", 65535),
            c("mi", "-8388608", -8388608), c("mi", "8388607", 8388607), c("miu", "16777215", 16777215),
            c("i", "-2147483648", Integer.MIN_VALUE), c("i", "2147483647", Integer.MAX_VALUE),
            c("iu", "4294967295", 4294967295L), c("iu", "0", 0L),
            c("bi", "-9223372036854775808", Long.MIN_VALUE), c("bi", "9223372036854775807", Long.MAX_VALUE),
            c("biu", "18446744073709551615", new BigInteger("18446744073709551615")), c("biu", "0", BigInteger.ZERO),
            c("de", "-12.5", new BigDecimal("-12.500000")), c("de", "0", new BigDecimal("0.000000")),
            c("de", "99999999999999.999999", new BigDecimal("99999999999999.999999")),
            c("de0", "9".repeat(65), new BigDecimal("9".repeat(65))),
            c("de0", "-" + "9".repeat(65), new BigDecimal("-" + "9".repeat(65))),
            c("f", "3.14", 3.14f), c("f", "-1.5", -1.5f), c("f", "0", 0.0f), c("f", "1e38", 1e38f),
            c("d", "1.7976931348623157e308", Double.MAX_VALUE), c("d", "-2.2250738585072014e-308", -Double.MIN_NORMAL),
            c("d", "0.1", 0.1), c("d", "-0.5", -0.5),
            c("bt", "b'101'", hex("0005")), c("bt", "b'1111111111'", hex("03ff")), c("b1", "b'1'", hex("01")),
            c("b1", "b'0'", hex("00")),
            c("y", "2024", 2024), c("y", "1901", 1901), c("y", "2155", 2155),
            c("dt", "'2024-02-15'", LocalDate.of(2024, 2, 15)), c("dt", "'1000-01-01'", LocalDate.of(1000, 1, 1)),
            c("dt", "'9999-12-31'", LocalDate.of(9999, 12, 31)), c("dt", "'0000-00-00'", null),
            c("dt", "'2024-00-15'", null),
            c("tm", "'-838:59:59'", Duration.parse("-PT838H59M59S")), c("tm", "'838:59:59'", Duration.parse("PT838H59M59S")),
            c("tm", "'00:00:00'", Duration.ZERO), c("tm", "'25:00:01'", Duration.parse("PT25H1S")),
            c("tm", "'-01:02:03'", Duration.parse("-PT1H2M3S")),
            c("tm6", "'-00:00:00.000001'", Duration.ofNanos(-1000)),
            c("tm6", "'12:34:56.789012'", Duration.parse("PT12H34M56.789012S")),
            c("dtm", "'2024-02-15 13:14:15'", LocalDateTime.of(2024, 2, 15, 13, 14, 15)),
            c("dtm", "'0000-00-00 00:00:00'", null), c("dtm", "'1000-01-01 00:00:00'", LocalDateTime.of(1000, 1, 1, 0, 0)),
            c("dtm6", "'2024-02-15 13:14:15.123456'", LocalDateTime.of(2024, 2, 15, 13, 14, 15, 123_456_000)),
            c("dtm6", "'9999-12-31 23:59:59.999999'", LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000)),
            c("dtm6", "'2024-02-15 13:14:15.000001'", LocalDateTime.of(2024, 2, 15, 13, 14, 15, 1000)),
            c("dtm6", "'2024-02-15 00:00:00'", LocalDateTime.of(2024, 2, 15, 0, 0)),
            c("ts", "'2024-02-15 13:14:15.123'", LocalDateTime.of(2024, 2, 15, 13, 14, 15, 123_000_000)),
            c("ts", "'2000-06-30 23:59:59.999'", LocalDateTime.of(2000, 6, 30, 23, 59, 59, 999_000_000)),
            c("ts", "'0000-00-00 00:00:00'", null),
            c("c", "'abc'", "abc"), c("c", "'é'", "é"), c("c", "''", ""),
            c("vc", "'héllo😀'", "héllo😀"), c("vc", "''", ""), c("vc", "'a''b'", "a'b"),
            c("vc", "'back\\\\slash'", "back\\slash"), c("vc", "'日本語テキスト'", "日本語テキスト"),
            c("tx", "REPEAT('x', 300)", "x".repeat(300)), c("tx", "REPEAT('ü', 40000)", "ü".repeat(40000)),
            c("lat", "'grüße'", "grüße"),
            c("bn", "x'00ff10'", hex("00ff10")), c("bn", "'a'", hex("610000")),
            c("vb", "x''", new byte[0]), c("vb", "x'deadbeef'", hex("deadbeef")),
            c("bl", "x'00010203'", hex("00010203")), c("bl", "REPEAT(x'ff', 70000)", filled(70000)),
            c("e", "'large'", "large"), c("e", "'small'", "small"),
            c("st", "'a,c'", "a,c"), c("st", "''", ""), c("st", "'b'", "b"),
            c("j", "'{\"a\": 1}'", "{\"a\": 1}"), c("j", "'[1, 2]'", "[1, 2]"),
            c("g", "ST_GeomFromText('POINT(1 2)')", hex("00000000" + "0101000000" + "000000000000f03f"
                    + "0000000000000040")));

    /** SELECT expressions, for types no column gives: literals and server functions. */
    static final List<Case> EXPRESSIONS = List.of(
            c(null, "CAST(18446744073709551615 AS UNSIGNED)", new BigInteger("18446744073709551615")),
            c(null, "_utf8mb4'héllo😀'", "héllo😀"),
            c(null, "CONVERT('grüße' USING latin1)", "grüße"),
            c(null, "1.5", new BigDecimal("1.5")),
            c(null, "DATE '2024-01-02'", LocalDate.of(2024, 1, 2)),
            c(null, "TIMEDIFF('2024-01-01 00:00:00', '2024-01-03 01:00:00')", Duration.parse("-PT49H")),
            c(null, "X'00FF'", hex("00ff")),
            c(null, "CAST(9223372036854775807 AS SIGNED)", Long.MAX_VALUE),
            c(null, "CAST('2024-02-15 13:14:15.5' AS DATETIME(1))", LocalDateTime.of(2024, 2, 15, 13, 14, 15, 500_000_000)));

    private TypeCorpus() {
    }

    private static Case c(String column, String literal, Object expected) {
        return new Case(column, literal, expected);
    }

    private static byte[] hex(String h) {
        return HexFormat.of().parseHex(h);
    }

    private static byte[] filled(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) 0xFF);
        return b;
    }
}
