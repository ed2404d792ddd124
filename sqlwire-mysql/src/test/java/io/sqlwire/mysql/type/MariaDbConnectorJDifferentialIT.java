package io.sqlwire.mysql.type;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlwire.Connection;
import io.sqlwire.Row;
import io.sqlwire.Sqlwire;
import io.sqlwire.testkit.Harness;
import io.sqlwire.testkit.RequiresHarness;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Differential test of issue 4: the {@link DiffCorpus} queries run on the harness MariaDB 10.11
 * through sqlwire's text protocol ({@code prepare_threshold=0}), sqlwire's binary protocol
 * ({@code prepare_threshold=1}: every statement prepared) and MariaDB Connector/J's
 * {@code getObject} with its default settings, all three sessions with an empty sql_mode so zero
 * dates can be stored. Text and binary must agree exactly; sqlwire must give the documented value
 * where the corpus has one; Connector/J's value, after {@link #normalise}, must equal sqlwire's or
 * be one of the {@link KnownDifference}s listed in docs/mysql-types.md.
 */
@RequiresHarness
@Timeout(300)
class MariaDbConnectorJDifferentialIT {
    static final Harness H = Harness.current();

    /** A value Connector/J could not give: getObject threw. */
    record JdbcError(String message) {
    }

    /** One column of a Connector/J result: its type name and the raw getObject values per row. */
    record JdbcColumn(String typeName, List<Object> values) {
    }

    @Test
    void sqlwireDecodesLikeConnectorJ() throws SQLException {
        List<DiffCorpus.Query> queries = DiffCorpus.queries();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(150);
        Map<String, List<String>> differences = new TreeMap<>();
        SoftAssertions soft = new SoftAssertions();
        int cells = 0;
        try (Connection text = open(0); Connection binary = open(1);
                java.sql.Connection jdbc = DriverManager.getConnection(jdbcUrl())) {
            setUp(text::execute);
            setUp(binary::execute);
            setUp(sql -> update(jdbc, sql));
            long executesBefore = comStmtExecute(binary);
            for (DiffCorpus.Query q : queries) {
                cells += compare(soft, q, text, binary, jdbc, differences);
            }
            assertThat(comStmtExecute(binary) - executesBefore).as("binary protocol used")
                    .isGreaterThanOrEqualTo(queries.size());
        }
        report(queries.size(), cells, differences);
        soft.assertAll();
    }

    private static int compare(SoftAssertions soft, DiffCorpus.Query q, Connection text, Connection binary,
            java.sql.Connection jdbc, Map<String, List<String>> differences) throws SQLException {
        List<List<Object>> t = values(text.query(q.sql()));
        List<List<Object>> b = values(binary.query(q.sql()));
        List<JdbcColumn> j = jdbcValues(jdbc, q.sql());
        soft.assertThat(summaries(b)).as("binary = text for %s", q.label()).isEqualTo(summaries(t));
        if (q.hasExpected()) {
            soft.assertThat(summary(t.get(0).get(0))).as("documented value of %s", q.label())
                    .isEqualTo(summary(q.expected()));
        }
        soft.assertThat(j.isEmpty() ? 0 : j.get(0).values().size()).as("row count of %s", q.label())
                .isEqualTo(t.size());
        int cells = 0;
        for (int row = 0; row < t.size(); row++) {
            for (int col = 0; col < j.size(); col++) {
                cells++;
                JdbcColumn jc = j.get(col);
                Object raw = jc.values().get(row);
                Object ours = t.get(row).get(col);
                if (equal(normalise(jc.typeName(), raw), ours)) {
                    continue;
                }
                String line = q.label() + " [row " + row + ", col " + col + "]: Connector/J "
                        + summary(raw) + ", sqlwire " + summary(ours);
                KnownDifference known = KnownDifference.find(jc.typeName(), raw, ours);
                if (known == null) {
                    soft.fail("unexplained difference (" + jc.typeName() + ") " + line);
                } else {
                    differences.computeIfAbsent(known.name(), k -> new ArrayList<>()).add(line);
                }
            }
        }
        return cells;
    }

    /**
     * The documented normalisation of a Connector/J value: java.sql date/time types become the
     * java.time types sqlwire uses ({@code Time} a {@code Duration} since midnight), Byte/Short
     * become Integer, and a YEAR given as a {@code java.sql.Date} becomes its year.
     */
    static Object normalise(String typeName, Object v) {
        return switch (v) {
            case null -> null;
            case Byte b -> b.intValue();
            case Short s -> s.intValue();
            case java.sql.Date d when typeName.equals("YEAR") -> d.toLocalDate().getYear();
            case java.sql.Date d -> d.toLocalDate();
            case java.sql.Timestamp ts -> ts.toLocalDateTime();
            case java.sql.Time tm -> Duration.ofNanos(tm.toLocalTime().toNanoOfDay());
            default -> v;
        };
    }

    /** Equal after normalisation; a Connector/J Boolean (TINYINT(1), BIT(1)) matches sqlwire's 0/1. */
    static boolean equal(Object jdbc, Object ours) {
        if (jdbc instanceof Boolean flag) {
            return switch (ours) {
                case Integer i -> (i != 0) == flag && (i == 0 || i == 1);
                case byte[] bytes -> bytes.length == 1 && bytes[0] == (flag ? 1 : 0);
                default -> false;
            };
        }
        return java.util.Objects.equals(summary(jdbc), summary(ours));
    }

    private static Connection open(int prepareThreshold) {
        return Sqlwire.connect(H.myUri("test", "test", "test",
                "connect_timeout=10&autocommit=true&prepare_threshold=" + prepareThreshold));
    }

    private static String jdbcUrl() {
        return "jdbc:mariadb://" + Harness.HOST + ":" + H.myPrimaryPort() + "/test?user=test&password=test";
    }

    private static void setUp(Consumer<String> exec) {
        exec.accept("SET SESSION sql_mode = ''");
        exec.accept("SET SESSION time_zone = '+00:00'");
        exec.accept(TypeCorpus.TABLE);
        DiffCorpus.inserts().forEach(exec);
    }

    private static void update(java.sql.Connection jdbc, String sql) {
        try (Statement s = jdbc.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    private static long comStmtExecute(Connection c) {
        return Long.parseLong(String.valueOf(c.queryOne("SHOW SESSION STATUS LIKE 'Com_stmt_execute'").get(1)));
    }

    private static List<List<Object>> values(List<Row> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (Row r : rows) {
            List<Object> row = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) {
                row.add(r.get(i));
            }
            out.add(row);
        }
        return out;
    }

    private static List<JdbcColumn> jdbcValues(java.sql.Connection jdbc, String sql) throws SQLException {
        try (Statement s = jdbc.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            List<JdbcColumn> columns = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                columns.add(new JdbcColumn(md.getColumnTypeName(i), new ArrayList<>()));
            }
            while (rs.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    Object v;
                    try {
                        v = rs.getObject(i);
                    } catch (SQLException | RuntimeException e) {
                        v = new JdbcError(e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                    columns.get(i - 1).values().add(v);
                }
            }
            return columns;
        }
    }

    private static void report(int queries, int cells, Map<String, List<String>> differences) {
        int total = differences.values().stream().mapToInt(List::size).sum();
        System.out.printf("Differential test: %d queries, %d values compared, %d differences%n", queries, cells,
                total);
        differences.forEach((kind, lines) -> {
            System.out.printf("  %s (%d): %s%n", kind, lines.size(), KnownDifference.valueOf(kind).reason);
            lines.forEach(l -> System.out.println("    " + l));
        });
    }

    private static List<Object> summaries(List<List<Object>> rows) {
        return rows.stream().map(r -> (Object) r.stream().map(MariaDbConnectorJDifferentialIT::summary).toList())
                .toList();
    }

    /** Class and value; byte arrays as hex (long ones as length and hash). */
    static Object summary(Object v) {
        if (v instanceof byte[] b) {
            return b.length > 100 ? "byte[length " + b.length + ", hash " + Arrays.hashCode(b) + "]"
                    : "byte[" + HexFormat.of().formatHex(b) + "]";
        }
        if (v instanceof String s && s.length() > 100) {
            return "String[length " + s.length() + ", hash " + s.hashCode() + "]";
        }
        return v == null ? null : v.getClass().getSimpleName() + ":" + v;
    }
}
