package io.sqlwire.bench;

import io.sqlwire.ConnectOptions;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Parsing a multi-host connection string with options: sqlwire's option table against PgJDBC's
 * URL parser, which does the same job for the same hosts and options (in its own URL syntax).
 * Pools parse once, but serverless and CLI users parse on every start.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ConnectionStringBenchmark {
    private static final String SQLWIRE = "postgresql://app:s3cret@db1.example:5432,db2.example:5433/shop"
            + "?target_session_attrs=read-write&connect_timeout=5&application_name=bench&sslmode=require";
    private static final String PGJDBC = "jdbc:postgresql://db1.example:5432,db2.example:5433/shop"
            + "?user=app&password=s3cret&targetServerType=primary&connectTimeout=5&ApplicationName=bench&sslmode=require";

    @Benchmark
    public ConnectOptions parse_sqlwire() {
        return ConnectOptions.parse(SQLWIRE);
    }

    @Benchmark
    public Properties parse_pgjdbc() {
        return org.postgresql.Driver.parseURL(PGJDBC, new Properties());
    }
}
