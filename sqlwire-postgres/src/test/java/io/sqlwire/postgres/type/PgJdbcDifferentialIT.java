package io.sqlwire.postgres.type;

import io.sqlwire.postgres.PgInterval;
import io.sqlwire.postgres.type.TypeCorpus.Case;
import io.sqlwire.testkit.Harness;
import io.sqlwire.testkit.RequiresHarness;
import java.lang.reflect.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.postgresql.util.PGInterval;
import org.postgresql.util.PGobject;

/**
 * The corpus's expected values (which the codecs decode, see {@link TypeCorpusIT}) against PgJDBC's
 * {@code getObject} on the same server, after normalising the deliberate differences listed in
 * docs/postgres-types.md: java.time types where PgJDBC gives java.sql ones, Short for int2,
 * PgInterval for PGInterval, String for PGobject, SQLXML and money. Arrays of date/time types are
 * left out (PgJDBC's java.sql elements cannot hold the infinities), and so are geometric types.
 */
@RequiresHarness
@Timeout(120)
class PgJdbcDifferentialIT {
    /** Temporal types fetched with getObject(i, Class), as PgJDBC's plain getObject gives java.sql types. */
    static final Map<String, Class<?>> TEMPORAL = Map.of("date", LocalDate.class, "time", LocalTime.class,
            "timetz", OffsetTime.class, "timestamp", LocalDateTime.class, "timestamptz", OffsetDateTime.class);
    /** Arrays whose PgJDBC elements are java.sql temporal types, which cannot hold the infinities. */
    static final Set<String> SQL_TEMPORAL_ARRAYS = Set.of("date[]", "time[]", "timetz[]", "timestamp[]",
            "timestamptz[]", "interval[]");

    /** Values PgJDBC's getObject cannot decode at all, where sqlwire gives the server's text. */
    static final Set<String> PGJDBC_FAILS = Set.of("'-1234567.89'::money", "'{NaN,1}'::numeric[]",
            "'{1.00,-2}'::money[]");
    /** Geometric types, which PgJDBC parses and writes back as "(1.0,2.0)"; sqlwire gives the server's "(1,2)". */
    static final Set<String> REFORMATTED_BY_PGJDBC = Set.of("point", "box[]");

    @Test
    void pgJdbcGetObjectAgrees(Harness harness) throws SQLException {
        String url = "jdbc:postgresql://127.0.0.1:" + harness.pgPrimaryPort() + "/test?user=test&password=test";
        SoftAssertions soft = new SoftAssertions();
        int compared = 0;
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            for (Case k : TypeCorpus.cases()) {
                if (SQL_TEMPORAL_ARRAYS.contains(k.type()) || REFORMATTED_BY_PGJDBC.contains(k.type())) {
                    continue;
                }
                try (ResultSet rs = st.executeQuery("SELECT " + k.expression())) {
                    rs.next();
                    Class<?> temporal = TEMPORAL.get(k.type());
                    Object theirs;
                    try {
                        theirs = temporal != null ? rs.getObject(1, temporal) : normalise(rs.getObject(1));
                    } catch (SQLException e) {
                        soft.assertThat(k.expression()).as("PgJDBC fails: %s", e.getMessage()).isIn(PGJDBC_FAILS);
                        continue;
                    }
                    soft.assertThat(theirs).as("%s", k.expression()).isEqualTo(ours(k));
                    compared++;
                }
            }
        }
        soft.assertThat(compared).isGreaterThan(180);
        soft.assertAll();
    }

    /** Our value, made comparable where the Java types differ on purpose. */
    static Object ours(Case k) {
        Object v = k.expected();
        if (k.type().equals("money")) {
            return Double.valueOf(((String) v).replace("$", "").replace(",", ""));   // PgJDBC parses money
        }
        return deep(v);
    }

    static Object deep(Object v) {
        if (v instanceof Short s) {
            return s.intValue();   // PgJDBC: int2 is Integer (but Short in arrays)
        }
        if (v instanceof PgInterval i) {
            return i.toString();
        }
        if (v instanceof Object[] a && !(a instanceof Short[])) {
            Object[] out = new Object[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = deep(a[i]);
            }
            return out;
        }
        return v instanceof Object[] a ? a.clone() : v;
    }

    static Object normalise(Object v) throws SQLException {
        if (v instanceof java.sql.Array a) {
            return normaliseArray(a.getArray());
        }
        if (v instanceof PGInterval i) {
            long micros = Math.round(((i.getHours() * 60L + i.getMinutes()) * 60 + i.getWholeSeconds()) * 1e6)
                    + i.getMicroSeconds();
            return new PgInterval(i.getYears() * 12 + i.getMonths(), i.getDays(), micros).toString();
        }
        if (v instanceof java.sql.SQLXML x) {
            return x.getString();
        }
        if (v instanceof PGobject o) {
            return o.getValue();
        }
        return v;
    }

    static Object normaliseArray(Object array) throws SQLException {
        int n = Array.getLength(array);
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            Object e = Array.get(array, i);
            out[i] = e != null && e.getClass().isArray() && !(e instanceof byte[]) ? normaliseArray(e) : normalise(e);
        }
        return out;
    }
}
