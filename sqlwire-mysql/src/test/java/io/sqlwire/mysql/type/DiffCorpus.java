package io.sqlwire.mysql.type;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The query corpus of {@link MariaDbConnectorJDifferentialIT}: every {@link TypeCorpus} value read
 * back from its typed temporary table, a NULL of every column, the corpus's SELECT expressions and
 * further expressions for extremes (signed zero, subnormal doubles, wide decimals, TIME beyond a day,
 * multibyte and latin1 text, geometry, JSON) and some rows of several columns.
 */
final class DiffCorpus {

    /** One query; {@code expected} is the documented sqlwire value of its single column, or absent. */
    record Query(String label, String sql, boolean hasExpected, Object expected) {
    }

    /** Row id of the row holding NULL in every column. */
    static final int NULL_ROW = 0;

    static final List<String> EXTRA_EXPRESSIONS = List.of(
            "-0e0", "CAST(-0e0 AS DOUBLE)", "1e-300", "4.9e-324", "-1.7976931348623157e308", "CAST(1.5 AS FLOAT)",
            "CAST(-3.25e10 AS FLOAT)", "0.000000000000000000000000000001",
            "-123456789012345678901234567890.123456789", "CAST(0 AS DECIMAL(10,2))", "CAST(-0.5 AS DECIMAL(3,1))",
            "CAST(1 AS DECIMAL(65,30))", "CAST(255 AS UNSIGNED)", "CAST(-1 AS SIGNED)", "CAST(0 AS UNSIGNED)",
            "-9223372036854775808", "18446744073709551615", "TRUE", "FALSE",
            "TIME '100:00:00'", "CAST('-00:00:01' AS TIME)", "CAST('12:00:00.5' AS TIME(1))",
            "CAST('23:59:59.999999' AS TIME(6))", "TIMESTAMP '2024-02-29 23:59:59.999999'",
            "CAST('2024-01-01 00:00:00.000001' AS DATETIME(6))", "CAST('1970-01-01 00:00:00' AS DATETIME)",
            "DATE '0001-01-01'", "YEAR('2024-05-01')", "_utf8mb4'𝄞🎉'", "REPEAT('é', 1000)", "'日本'",
            "CONVERT(_utf8mb4'ÿ' USING latin1)", "_latin1 X'636166E9'", "_binary'abc'", "b'1'", "b'101010101'",
            "JSON_OBJECT('k', 'v')", "JSON_ARRAY(1, 'a', NULL)", "ST_GeomFromText('LINESTRING(0 0, 1 1)')",
            "POINT(3, 4)", "NULL", "CAST(NULL AS SIGNED)", "CAST(NULL AS DATE)", "CAST(NULL AS BINARY)",
            "CAST(NULL AS CHAR)", "CAST(NULL AS TIME)", "CAST(NULL AS DATETIME(6))", "CAST(NULL AS DECIMAL(5,2))");

    static final List<String> MULTI_COLUMN = List.of(
            "SELECT 1, 'a', NULL, 2.5, X'01'",
            "SELECT seq, seq * 1.5, CONCAT('r', seq), seq % 2 = 0 FROM seq_1_to_5",
            "SELECT ti, tiu, si, siu, mi, miu, i, iu, bi, biu FROM codec_corpus ORDER BY id",
            "SELECT de, de0, f, d, bt, b1, y FROM codec_corpus ORDER BY id",
            "SELECT dt, dtm, dtm6, ts FROM codec_corpus ORDER BY id",
            "SELECT c, vc, lat, bn, vb, e, st, j FROM codec_corpus ORDER BY id",
            "SELECT * FROM codec_corpus WHERE id BETWEEN 0 AND 3 ORDER BY id");

    private DiffCorpus() {
    }

    /** The INSERT statements that fill {@link TypeCorpus#TABLE}: row 0 all NULL, then one row per case. */
    static List<String> inserts() {
        List<String> out = new ArrayList<>();
        out.add("INSERT INTO codec_corpus (id) VALUES (" + NULL_ROW + ")");
        int id = 0;
        for (TypeCorpus.Case k : TypeCorpus.CASES) {
            id++;
            out.add("INSERT INTO codec_corpus (id, " + k.column() + ") VALUES (" + id + ", " + k.literal() + ")");
        }
        return out;
    }

    static List<Query> queries() {
        List<Query> out = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        int id = 0;
        for (TypeCorpus.Case k : TypeCorpus.CASES) {
            id++;
            columns.add(k.column());
            out.add(new Query(k.column() + " = " + abbreviate(k.literal()),
                    "SELECT " + k.column() + " FROM codec_corpus WHERE id = " + id, true, k.expected()));
        }
        for (String column : columns) {
            out.add(new Query(column + " = NULL",
                    "SELECT " + column + " FROM codec_corpus WHERE id = " + NULL_ROW, true, null));
        }
        for (TypeCorpus.Case k : TypeCorpus.EXPRESSIONS) {
            out.add(new Query(k.literal(), "SELECT " + k.literal(), true, k.expected()));
        }
        for (String e : EXTRA_EXPRESSIONS) {
            out.add(new Query(e, "SELECT " + e, false, null));
        }
        for (String sql : MULTI_COLUMN) {
            out.add(new Query(sql, sql, false, null));
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
