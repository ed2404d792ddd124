package io.sqlwire.bench;

import io.sqlwire.Connection;
import io.sqlwire.Row;
import io.sqlwire.Sqlwire;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What sqlwire's API costs on top of the SQLite engine: the same point select and the same
 * 1,000-row read through sqlwire and through sqlite-jdbc directly, in one run. The ratio of the
 * two scores is the overhead of sqlwire's cursor, row and conversion layers.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SqliteQueryBenchmark {
    private static final int ROWS = 1_000;

    private Connection sqlwire;
    private java.sql.Connection jdbc;
    private PreparedStatement jdbcPoint;
    private PreparedStatement jdbcAll;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        sqlwire = Sqlwire.connect("sqlite::memory:?autocommit=true");
        createWorld(sqlwire);
        jdbc = DriverManager.getConnection("jdbc:sqlite::memory:");
        try (var st = jdbc.createStatement()) {
            st.execute("create table world (id integer primary key, randomnumber integer, label text)");
            st.execute("with recursive n(i) as (select 1 union all select i + 1 from n where i < " + ROWS + ")"
                    + " insert into world select i, abs(random()) % 10000, 'row ' || i from n");
        }
        jdbcPoint = jdbc.prepareStatement("select id, randomnumber from world where id = ?");
        jdbcAll = jdbc.prepareStatement("select id, randomnumber, label from world");
    }

    private static void createWorld(Connection c) {
        c.execute("create table world (id integer primary key, randomnumber integer, label text)");
        c.execute("with recursive n(i) as (select 1 union all select i + 1 from n where i < " + ROWS + ")"
                + " insert into world select i, abs(random()) % 10000, 'row ' || i from n");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        sqlwire.close();
        jdbc.close();
    }

    @Benchmark
    public long pointSelect_sqlwire() {
        Row row = sqlwire.queryOne("select id, randomnumber from world where id = ?", randomId());
        return row.get(1, Long.class);
    }

    @Benchmark
    public long pointSelect_sqliteJdbc() throws SQLException {
        jdbcPoint.setInt(1, randomId());
        try (ResultSet rs = jdbcPoint.executeQuery()) {
            rs.next();
            return rs.getLong(2);
        }
    }

    @Benchmark
    public void read1000Rows_sqlwire(Blackhole bh) {
        List<Row> rows = sqlwire.query("select id, randomnumber, label from world");
        for (Row r : rows) {
            bh.consume(r.get(0));
            bh.consume(r.get(1));
            bh.consume(r.get(2));
        }
    }

    @Benchmark
    public void read1000Rows_sqliteJdbc(Blackhole bh) throws SQLException {
        try (ResultSet rs = jdbcAll.executeQuery()) {
            while (rs.next()) {
                bh.consume(rs.getObject(1));
                bh.consume(rs.getObject(2));
                bh.consume(rs.getObject(3));
            }
        }
    }

    private static int randomId() {
        return ThreadLocalRandom.current().nextInt(1, ROWS + 1);
    }
}
