package io.sqlwire.postgres.type;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlwire.ConnectOptions;
import io.sqlwire.Connection;
import io.sqlwire.postgres.PgDriver;
import io.sqlwire.postgres.type.TypeCorpus.Case;
import io.sqlwire.testkit.Harness;
import io.sqlwire.testkit.RequiresHarness;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every query of the type corpus (plus NULLs of each type, an enum and the time-zone dependent
 * types under several session time zones) decoded by sqlwire through its own protocol twice, once
 * over the text path (unnamed statements, {@code prepare_threshold=0}) and once over named prepared
 * statements with binary results ({@code prepare_threshold=1}, each query run twice), against
 * PgJDBC's {@code getObject} on the same server. Normalisation (see docs/postgres-types.md,
 * "Differences from PgJDBC"): temporal scalars fetched from PgJDBC with {@code getObject(i, Class)},
 * java.sql temporal array elements to java.time, PgJDBC's PGobject/PGInterval/java.sql.Array/SQLXML
 * to value, interval and array form as in {@link PgJdbcDifferentialIT}. Where PgJDBC differs on
 * purpose, sqlwire's value is asserted against the corpus instead.
 */
@RequiresHarness
@Timeout(180)
class PgProtocolDifferentialIT {
    static final List<String> ZONES = List.of("UTC", "America/St_Johns", "Asia/Kolkata", "Pacific/Chatham");
    static final String ENUM = "DO $$ BEGIN CREATE TYPE sqlwire_diff_mood AS ENUM ('happy', 'sad', 'so-so'); "
            + "EXCEPTION WHEN duplicate_object THEN NULL; END $$";

    /** One query: its SELECT expression, the corpus type and the value sqlwire must give. */
    record Query(String expression, String type, Object expected) {
    }

    static List<Query> queries() {
        List<Query> out = new ArrayList<>();
        Set<String> types = new LinkedHashSet<>();
        for (Case k : TypeCorpus.cases()) {
            out.add(new Query(k.expression(), k.type(), k.expected()));
            types.add(k.type());
        }
        for (String t : types) {
            out.add(new Query("NULL::" + t, t, null));
        }
        out.add(new Query("'happy'::sqlwire_diff_mood", "enum", "happy"));
        out.add(new Query("'so-so'::sqlwire_diff_mood", "enum", "so-so"));
        out.add(new Query("NULL::sqlwire_diff_mood", "enum", null));
        // a user type's array has no codec (its OID is not built in): the server's text, where PgJDBC gives String[]
        out.add(new Query("'{happy,NULL,sad}'::sqlwire_diff_mood[]", "enum[]", new String[] {"happy", null, "sad"}));
        return out;
    }

    /** What one zone's pass did: queries run, compared with PgJDBC, and deliberate differences. */
    static final class Tally {
        int run;
        int compared;
        int deliberate;
    }

    @Test
    void sqlwireTextAndBinaryPathsAgreeWithPgJdbc(Harness harness) throws SQLException {
        List<Query> queries = queries();
        SoftAssertions soft = new SoftAssertions();
        Tally tally = new Tally();
        for (String zone : ZONES) {
            try (Connection text = sqlwire(harness, 0); Connection binary = sqlwire(harness, 1);
                    java.sql.Connection jdbc = pgjdbc(harness); Statement st = jdbc.createStatement()) {
                text.execute(ENUM);
                for (Connection c : List.of(text, binary)) {
                    c.execute("SET TimeZone = '" + zone + "'");
                }
                st.execute("SET TimeZone = '" + zone + "'");
                for (Query q : queries) {
                    if (zone.equals("UTC") || q.type().startsWith("timestamptz") || q.type().startsWith("timetz")) {
                        compare(q, zone, text, binary, st, soft, tally);
                    }
                }
                assertThat(binary.queryOne("SELECT count(*) FROM pg_prepared_statements").get(0))
                        .as("the binary path uses named statements").isNotEqualTo(0L);
            }
        }
        System.out.printf("PgProtocolDifferentialIT: %d queries (%d distinct), %d compared with PgJDBC on both paths, "
                + "%d deliberate differences%n", tally.run, queries.size(), tally.compared, tally.deliberate);
        soft.assertThat(queries).hasSizeGreaterThanOrEqualTo(200);
        soft.assertThat(tally.compared).isGreaterThanOrEqualTo(200);
        soft.assertAll();
    }

    /** One query over both sqlwire paths (the binary one run twice, so the second is a named statement) and PgJDBC. */
    static void compare(Query q, String zone, Connection text, Connection binary, Statement st, SoftAssertions soft,
            Tally tally) {
        tally.run++;
        Object viaText = text.queryOne("SELECT " + q.expression()).get(0);
        binary.queryOne("SELECT " + q.expression());
        Object viaBinary = binary.queryOne("SELECT " + q.expression()).get(0);
        soft.assertThat(viaText).as("text %s in %s", q.expression(), zone).isEqualTo(q.expected());
        soft.assertThat(viaBinary).as("binary %s in %s", q.expression(), zone).isEqualTo(q.expected());
        if (q.expected() != null && (PgJdbcDifferentialIT.SQL_TEMPORAL_ARRAYS.contains(q.type())
                || PgJdbcDifferentialIT.REFORMATTED_BY_PGJDBC.contains(q.type()))) {
            tally.deliberate++;   // sqlwire's value is asserted against the corpus above
            return;
        }
        Object theirs;
        try (ResultSet rs = st.executeQuery("SELECT " + q.expression())) {
            rs.next();
            theirs = pgjdbcValue(rs, q);
        } catch (SQLException e) {
            soft.assertThat(q.expression()).as("PgJDBC fails: %s", e.getMessage())
                    .isIn(PgJdbcDifferentialIT.PGJDBC_FAILS);
            tally.deliberate++;
            return;
        }
        soft.assertThat(theirs).as("PgJDBC %s in %s", q.expression(), zone).isEqualTo(comparable(q, viaText));
        soft.assertThat(theirs).as("PgJDBC %s in %s", q.expression(), zone).isEqualTo(comparable(q, viaBinary));
        tally.compared++;
    }

    static Connection sqlwire(Harness harness, int prepareThreshold) {
        return new PgDriver().connect(ConnectOptions.parse(harness.pgUri("test", "test", "test",
                "sslmode=disable&autocommit=true&prepare_threshold=" + prepareThreshold)));
    }

    static java.sql.Connection pgjdbc(Harness harness) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + harness.pgPrimaryPort()
                + "/test?user=test&password=test");
    }

    static Object pgjdbcValue(ResultSet rs, Query q) throws SQLException {
        Class<?> temporal = PgJdbcDifferentialIT.TEMPORAL.get(q.type());
        if (temporal != null) {
            return rs.getObject(1, temporal);
        }
        Object v = PgJdbcDifferentialIT.normalise(rs.getObject(1));
        return v instanceof Object[] a ? javaTime(a) : v;
    }

    /** PgJDBC's java.sql elements of temporal arrays (no infinities reach here) as java.time. */
    static Object[] javaTime(Object[] a) {
        Object[] out = new Object[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = switch (a[i]) {
                case Object[] inner -> javaTime(inner);
                case java.sql.Date d -> d.toLocalDate();
                case java.sql.Time t -> t.toLocalTime();
                case java.sql.Timestamp t -> t.toLocalDateTime();
                case null, default -> a[i];
            };
        }
        return out;
    }

    /** sqlwire's value in PgJDBC's form where the Java types differ on purpose. */
    static Object comparable(Query q, Object v) {
        if (v == null) {
            return null;
        }
        if (q.type().equals("money")) {
            return Double.valueOf(((String) v).replace("$", "").replace(",", ""));
        }
        return PgJdbcDifferentialIT.deep(v);
    }
}
