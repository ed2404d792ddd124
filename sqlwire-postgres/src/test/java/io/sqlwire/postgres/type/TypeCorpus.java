package io.sqlwire.postgres.type;

import io.sqlwire.postgres.PgInterval;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Values with the Java value each must decode to. {@code encodes} marks the cases whose Java value
 * binds as exactly that type, so its binary encoding must equal the server's send form byte for byte.
 */
final class TypeCorpus {

    record Case(String literal, String type, Object expected, boolean encodes) {
        String expression() {
            return "'" + literal.replace("'", "''") + "'::" + type;
        }
    }

    private static final List<Case> CASES = new ArrayList<>();

    private TypeCorpus() {
    }

    private static void add(String literal, String type, Object expected) {
        CASES.add(new Case(literal, type, expected, true));
    }

    private static void decodeOnly(String literal, String type, Object expected) {
        CASES.add(new Case(literal, type, expected, false));
    }

    static List<Case> cases() {
        return List.copyOf(CASES);
    }

    static {
        numbers();
        temporal();
        others();
        arrays();
        series();
    }

    private static void numbers() {
        add("t", "bool", true);
        add("f", "bool", false);
        add("-32768", "int2", Short.MIN_VALUE);
        add("32767", "int2", Short.MAX_VALUE);
        add("-2147483648", "int4", Integer.MIN_VALUE);
        add("2147483647", "int4", Integer.MAX_VALUE);
        add("0", "int4", 0);
        add("-9223372036854775808", "int8", Long.MIN_VALUE);
        add("9223372036854775807", "int8", Long.MAX_VALUE);
        decodeOnly("4294967295", "oid", 4294967295L);
        add("1.1", "float4", 1.1f);
        add("-3.4028235e38", "float4", -Float.MAX_VALUE);
        add("1.4e-45", "float4", Float.MIN_VALUE);
        add("NaN", "float4", Float.NaN);
        add("0.1", "float8", 0.1);
        add("1.7976931348623157e308", "float8", Double.MAX_VALUE);
        add("4.9e-324", "float8", Double.MIN_VALUE);
        add("Infinity", "float8", Double.POSITIVE_INFINITY);
        add("-Infinity", "float8", Double.NEGATIVE_INFINITY);
        add("NaN", "float8", Double.NaN);
        add("-0", "float8", -0.0);
        for (String n : List.of("0", "0.0001", "-0.0001", "1e30", "-12345.678", "0.00", "12.5000", "10000",
                "99999999", "123456789012345678901234567890.123456789", "0.000000000000000000001", "1.0",
                "9999.9999", "-1")) {
            BigDecimal d = new BigDecimal(n);
            add(n, "numeric", d.scale() < 0 ? d.setScale(0) : d);
        }
        decodeOnly("NaN", "numeric", Double.NaN);
        decodeOnly("Infinity", "numeric", Double.POSITIVE_INFINITY);
        decodeOnly("-Infinity", "numeric", Double.NEGATIVE_INFINITY);
    }

    private static void temporal() {
        add("2000-01-01", "date", LocalDate.of(2000, 1, 1));
        add("1999-12-31", "date", LocalDate.of(1999, 12, 31));
        add("0044-03-15 BC", "date", LocalDate.of(-43, 3, 15));
        add("4713-01-01 BC", "date", LocalDate.of(-4712, 1, 1));
        add("5874897-12-31", "date", LocalDate.of(5874897, 12, 31));
        add("infinity", "date", LocalDate.MAX);
        add("-infinity", "date", LocalDate.MIN);
        add("00:00", "time", LocalTime.MIDNIGHT);
        add("23:59:59.999999", "time", LocalTime.of(23, 59, 59, 999_999_000));
        add("24:00", "time", LocalTime.MAX);
        add("12:00+05:30", "timetz", OffsetTime.of(12, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)));
        add("01:02:03.5-08", "timetz", OffsetTime.of(1, 2, 3, 500_000_000, ZoneOffset.ofHours(-8)));
        add("12:00+05:30:15", "timetz", OffsetTime.of(12, 0, 0, 0, ZoneOffset.ofHoursMinutesSeconds(5, 30, 15)));
        add("2024-02-29 13:14:15.123456", "timestamp", LocalDateTime.of(2024, 2, 29, 13, 14, 15, 123_456_000));
        add("1969-07-20 20:17:40", "timestamp", LocalDateTime.of(1969, 7, 20, 20, 17, 40));
        add("1900-01-01 00:00:00.000001", "timestamp", LocalDateTime.of(1900, 1, 1, 0, 0, 0, 1000));
        add("0044-03-15 12:00 BC", "timestamp", LocalDateTime.of(-43, 3, 15, 12, 0));
        add("294276-12-31 23:59:59.999999", "timestamp", LocalDateTime.of(294276, 12, 31, 23, 59, 59, 999_999_000));
        add("infinity", "timestamp", LocalDateTime.MAX);
        add("-infinity", "timestamp", LocalDateTime.MIN);
        add("2024-03-10 02:30:00+00", "timestamptz", OffsetDateTime.of(2024, 3, 10, 2, 30, 0, 0, ZoneOffset.UTC));
        add("1850-01-01 00:00:00+00", "timestamptz", OffsetDateTime.of(1850, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        add("2038-01-19 03:14:08.5-05:30", "timestamptz",
                OffsetDateTime.of(2038, 1, 19, 8, 44, 8, 500_000_000, ZoneOffset.UTC));
        add("0001-01-01 00:00:00+00 BC", "timestamptz", OffsetDateTime.of(0, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        add("infinity", "timestamptz", OffsetDateTime.MAX);
        add("-infinity", "timestamptz", OffsetDateTime.MIN);
        add("1 year 2 mons 3 days 04:05:06.789", "interval", new PgInterval(14, 3, 14_706_789_000L));
        add("-1 year -2 mons +3 days -04:05:06.5", "interval", new PgInterval(-14, 3, -14_706_500_000L));
        add("0", "interval", PgInterval.ZERO);
        add("-1 second", "interval", new PgInterval(0, 0, -1_000_000));
        add("1000 hours", "interval", new PgInterval(0, 0, 3_600_000_000_000L));
        add("178000000 years", "interval", new PgInterval(2_136_000_000, 0, 0));
        add("-2147483648 days", "interval", new PgInterval(0, Integer.MIN_VALUE, 0));
    }

    private static void others() {
        decodeOnly("héllo wörld", "text", "héllo wörld");
        decodeOnly("", "text", "");
        decodeOnly("with \"quotes\", commas {braces} \\ backslash", "text", "with \"quotes\", commas {braces} \\ backslash");
        decodeOnly("abc", "varchar(10)", "abc");
        decodeOnly("ab", "char(4)", "ab  ");
        decodeOnly("pg_class", "name", "pg_class");
        decodeOnly("x", "\"char\"", "x");
        decodeOnly("{\"b\": [1, 2.5, null], \"a\": \"é\"}", "json", "{\"b\": [1, 2.5, null], \"a\": \"é\"}");
        decodeOnly("{\"b\": [1, 2.5, null], \"a\": \"é\"}", "jsonb", "{\"a\": \"é\", \"b\": [1, 2.5, null]}");
        decodeOnly("<a>x</a>", "xml", "<a>x</a>");
        add("\\x", "bytea", new byte[0]);
        add("\\x00017f80ff5c22", "bytea", new byte[] {0, 1, 0x7f, (byte) 0x80, (byte) 0xff, '\\', '"'});
        add("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "uuid", UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"));
        add("00000000-0000-0000-0000-000000000000", "uuid", new UUID(0, 0));
        for (String ip : List.of("192.168.0.1", "192.168.0.1/24", "10.0.0.0/8", "::1", "::", "2001:db8::1/64",
                "::ffff:1.2.3.4", "::1.2.3.4", "fe80::1:2:3:4", "1:0:0:1::1", "1:2:3:4:5:6:7:8", "1::", "0.0.0.0/0")) {
            decodeOnly(ip, "inet", ip);
        }
        decodeOnly("1:0:0:1:0:0:1:1", "inet", "1::1:0:0:1:1");   // of equal zero runs, the first is shortened
        decodeOnly("0:0:0:0:0:0:0:2", "inet", "::2");
        for (String ip : List.of("10.0.0.0/8", "192.168.1.0/24", "2001:db8::/32", "::/0")) {
            decodeOnly(ip, "cidr", ip);
        }
        decodeOnly("12.34", "money", "$12.34");
        decodeOnly("-1234567.89", "money", "-$1,234,567.89");
        decodeOnly("(1,2)", "point", "(1,2)");
        decodeOnly("1", "regclass", "1");
        decodeOnly("[1,5)", "int4range", "[1,5)");
    }

    private static void arrays() {
        add("{1,2,3}", "int4[]", new Integer[] {1, 2, 3});
        add("{{1,NULL},{3,4}}", "int4[]", new Integer[][] {{1, null}, {3, 4}});
        add("{}", "int4[]", new Integer[0]);
        add("{{{1},{2}},{{3},{4}}}", "int8[]", new Long[][][] {{{1L}, {2L}}, {{3L}, {4L}}});
        add("{1,NULL}", "int2[]", new Short[] {1, null});
        add("{t,f,NULL}", "bool[]", new Boolean[] {true, false, null});
        add("{a,\"b,c\",\"d\\\"e\",NULL,\"NULL\",\"\",\" sp \",\"{x}\",\"\\\\\"}", "text[]",
                new String[] {"a", "b,c", "d\"e", null, "NULL", "", " sp ", "{x}", "\\"});
        decodeOnly("[0:1]={x,y}", "text[]", new String[] {"x", "y"});
        decodeOnly("[0:1][1:1]={{x},{y}}", "varchar[]", new String[][] {{"x"}, {"y"}});
        add("{1.5,NULL,-0.0001}", "numeric[]", new Number[] {new BigDecimal("1.5"), null, new BigDecimal("-0.0001")});
        decodeOnly("{NaN,1}", "numeric[]", new Number[] {Double.NaN, new BigDecimal("1")});
        add("{NaN,Infinity,-1.5}", "float8[]", new Double[] {Double.NaN, Double.POSITIVE_INFINITY, -1.5});
        add("{2024-01-02,infinity}", "date[]", new LocalDate[] {LocalDate.of(2024, 1, 2), LocalDate.MAX});
        add("{\"2024-01-02 03:04:05+00\",-infinity}", "timestamptz[]",
                new OffsetDateTime[] {OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC), OffsetDateTime.MIN});
        add("{\"1 day\",\"-00:00:01\"}", "interval[]", new PgInterval[] {new PgInterval(0, 1, 0),
            new PgInterval(0, 0, -1_000_000)});
        add("{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}", "uuid[]",
                new UUID[] {UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11")});
        add("{\"\\\\x0102\",NULL}", "bytea[]", new byte[][] {{1, 2}, null});
        decodeOnly("{\"{\\\"a\\\": 1}\",null}", "jsonb[]", new String[] {"{\"a\": 1}", null});
        decodeOnly("{10.0.0.1,::1/64}", "inet[]", new String[] {"10.0.0.1", "::1/64"});
        decodeOnly("{1.00,-2}", "money[]", new String[] {"$1.00", "-$2.00"});
        decodeOnly("{(1,1),(0,0);(2,2),(1,1)}", "box[]", new String[] {"(1,1),(0,0)", "(2,2),(1,1)"});
        decodeOnly("{12:00+05:30}", "timetz[]", new OffsetTime[] {OffsetTime.of(12, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30))});
    }

    /** Runs of ordinary values across each type's range. */
    private static void series() {
        for (long v : new long[] {1, -1, 255, 256, 65535, 65536, 1L << 31, -(1L << 31) - 1, 1L << 53, 999_999_999_999L}) {
            add(Long.toString(v), "int8", v);
        }
        for (int v : new int[] {1, -1, 127, -128, 1000, -1000, 16384}) {
            add(Integer.toString(v), "int4", v);
            add(Integer.toString(v), "int2", (short) v);
        }
        for (String n : List.of("3.14159", "-2.5e-10", "6.02214076e23", "1e-300", "123456.789")) {
            add(n, "float8", Double.parseDouble(n));
            add(n.equals("1e-300") ? "1e-30" : n, "float4", Float.parseFloat(n.equals("1e-300") ? "1e-30" : n));
        }
        for (String n : List.of("1", "10", "100", "1000", "100000000", "0.1", "0.12", "0.123", "0.1234", "0.12345",
                "-99999999999999999999.99999999999999999999", "3.141592653589793238462643383279502884197",
                "1000000000000000000000000000000000000000000000", "0.00000000000000000000000000000000000001")) {
            add(n, "numeric", new BigDecimal(n));
        }
        add("1.50", "numeric(10,2)", new BigDecimal("1.50"));
        for (int year : new int[] {1, 1582, 1600, 1899, 1970, 2000, 2001, 2024, 2100, 9999, 10000}) {
            add(String.format("%04d-02-28", year), "date", LocalDate.of(year, 2, 28));
            add(String.format("%04d-12-31 23:59:59.5", year), "timestamp", LocalDateTime.of(year, 12, 31, 23, 59, 59,
                    500_000_000));
            add(String.format("%04d-06-15 12:00:00.000123+00", year), "timestamptz",
                    OffsetDateTime.of(year, 6, 15, 12, 0, 0, 123_000, ZoneOffset.UTC));
        }
        for (String t : List.of("00:00:00.000001", "06:30", "12:34:56.789", "23:59:59")) {
            add(t, "time", LocalTime.parse(t));
            add(t + "-11:45", "timetz", OffsetTime.of(LocalTime.parse(t), ZoneOffset.ofHoursMinutes(-11, -45)));
        }
        add("3 mons", "interval", new PgInterval(3, 0, 0));
        add("-6 mons -1 days", "interval", new PgInterval(-6, -1, 0));
        add("00:00:00.000001", "interval", new PgInterval(0, 0, 1));
        add("2 days 25:00:00", "interval", new PgInterval(0, 2, 90_000_000_000L));
        add("ffffffff-ffff-ffff-ffff-ffffffffffff", "uuid", new UUID(-1, -1));
        add("{\"日本語\",\"emoji 🎉\"}", "text[]", new String[] {"日本語", "emoji 🎉"});
        add("{{{1,2},{3,4}},{{5,6},{7,NULL}}}", "int4[]", new Integer[][][] {{{1, 2}, {3, 4}}, {{5, 6}, {7, null}}});
        add("{1.5,NaN}", "float4[]", new Float[] {1.5f, Float.NaN});
        add("{NULL,NULL}", "int8[]", new Long[] {null, null});
        add("{\"12:00:00\",\"24:00:00\"}", "time[]", new LocalTime[] {LocalTime.NOON, LocalTime.MAX});
        add("{\"2024-01-02 03:04:05.6\"}", "timestamp[]",
                new LocalDateTime[] {LocalDateTime.of(2024, 1, 2, 3, 4, 5, 600_000_000)});
        add("{{t},{f}}", "bool[]", new Boolean[][] {{true}, {false}});
        decodeOnly("{ab,cd}", "char(3)[]", new String[] {"ab ", "cd "});
        decodeOnly("{pg_class}", "name[]", new String[] {"pg_class"});
        decodeOnly("{1,4294967295}", "oid[]", new Long[] {1L, 4294967295L});
        decodeOnly("{10.0.0.0/8}", "cidr[]", new String[] {"10.0.0.0/8"});
        decodeOnly("{\"{}\",\"[]\"}", "json[]", new String[] {"{}", "[]"});
        decodeOnly("{\"<a/>\"}", "xml[]", new String[] {"<a/>"});
        decodeOnly("{\"[1,2)\"}", "int4range[]", new String[] {"[1,2)"});
    }
}
