package io.sqlwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI run in-process against SQLite (in memory unless a test needs a file). */
class MainTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    @Test
    void acceptanceSelectOnePlusOnePrintsATableWithTwo() {
        CliRun r = CliRun.run("-c", "select 1+1 as two");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo(" two" + NL + "-----" + NL + "   2" + NL + "(1 row)" + NL + NL);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void acceptancePipedScriptPrintsTheSum() {
        CliRun r = CliRun.withStdin("create table t(a int);\ninsert into t values (1),(2);\nselect sum(a) as s from t;\n");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("CREATE" + NL + "INSERT 2" + NL + " s" + NL + "---" + NL + " 3" + NL + "(1 row)" + NL + NL);
    }

    @Test
    void acceptanceMissingTableFailsWithTheMessageOnStderr() {
        CliRun r = CliRun.run("-c", "select * from nope");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("ERROR: ").contains("no such table: nope");
    }

    @Test
    void repeatedCommandsRunInOrderOnOneConnection() {
        CliRun r = CliRun.run("-c", "create table t(a text)", "-c", "insert into t values ('x')",
                "--command=select a from t");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("CREATE" + NL + "INSERT 1" + NL + " a" + NL + "---" + NL + " x" + NL + "(1 row)" + NL + NL);
    }

    @Test
    void oneCommandMayHoldSeveralStatements() {
        CliRun r = CliRun.run("--format", "csv", "-c", "create table t(a int); insert into t values (5); select a from t");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("a\r\n5\r\n");
    }

    @Test
    void fileAndCommandsRunInCommandLineOrder() throws IOException {
        Path script = dir.resolve("setup.sql");
        Files.writeString(script, "-- setup\ncreate table t(a int);\ninsert into t values (1);\ninsert into t values (2)\n");
        CliRun r = CliRun.run("--format=csv", "-f", script.toString(), "-c", "select count(*) as n from t");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("n\r\n2\r\n");
    }

    @Test
    void dashFileReadsStdin() {
        CliRun r = CliRun.withStdin("select 'a;b' as v;", "--format", "csv", "-f", "-");
        assertThat(r.out()).isEqualTo("v\r\na;b\r\n");
    }

    @Test
    void csvFormatQuotesAndKeepsNullApartFromEmpty() {
        CliRun r = CliRun.run("--format", "CSV", "-c", "select 1 as id, 'x,y' as v, null as n, '' as e");
        assertThat(r.out()).isEqualTo("id,v,n,e\r\n1,\"x,y\",,\"\"\r\n");
    }

    @Test
    void jsonFormatWritesAnArrayOfObjectsPerResult() {
        CliRun r = CliRun.run("--format", "json", "-c",
                "select 1 as id, 'a\"b' as s, null as n, 2.5 as f, x'0102' as b union all select 2, 'c', null, null, null");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("[" + NL
                + "  {\"id\":1,\"s\":\"a\\\"b\",\"n\":null,\"f\":2.5,\"b\":\"AQI=\"}," + NL
                + "  {\"id\":2,\"s\":\"c\",\"n\":null,\"f\":null,\"b\":null}" + NL
                + "]" + NL);
    }

    @Test
    void jsonLeavesStatusLinesOutSoStdoutStaysParseable() {
        CliRun r = CliRun.run("--format", "json", "-c", "create table t(a int); insert into t values (1); select a from t");
        assertThat(r.out()).isEqualTo("[" + NL + "  {\"a\":1}" + NL + "]" + NL);
    }

    @Test
    void tableShowsNullAndZeroRows() {
        CliRun r = CliRun.run("-c", "select null as n", "-c", "select 1 as x where 0");
        assertThat(r.out()).isEqualTo("  n" + NL + "------" + NL + " NULL" + NL + "(1 row)" + NL + NL
                + " x" + NL + "---" + NL + "(0 rows)" + NL + NL);
    }

    @Test
    void stopsAtTheFirstErrorInAScript() {
        CliRun r = CliRun.withStdin("select 1 as a;\nselect * from nope;\nselect 2 as b;\n", "--format", "csv");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("a\r\n1\r\n");
        assertThat(r.err()).contains("no such table: nope").doesNotContain("b\r\n");
    }

    @Test
    void laterCommandsDoNotRunAfterAnError() {
        CliRun r = CliRun.run("-c", "select * from nope", "-c", "select 'after' as v");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).doesNotContain("after");
    }

    @Test
    void unterminatedStringAtEndOfInputIsAnError() {
        CliRun r = CliRun.withStdin("select 'abc;\n");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("ERROR: ").contains("unterminated");
    }

    @Test
    void autocommitIsOnSoAFileDatabaseKeepsWhatWasWritten() {
        String dsn = "sqlite:" + dir.resolve("keep.db");
        assertThat(CliRun.run(dsn, "-c", "create table t(a int); insert into t values (7)").exitCode()).isZero();
        assertThat(CliRun.run(dsn, "--format", "csv", "-c", "select a from t").out()).isEqualTo("a\r\n7\r\n");
    }

    @Test
    void noAutocommitRollsBackWhatWasNotCommitted() {
        String dsn = "sqlite:" + dir.resolve("tx.db");
        assertThat(CliRun.run(dsn, "-c", "create table t(a int)").exitCode()).isZero();
        assertThat(CliRun.run(dsn, "--no-autocommit", "-c", "insert into t values (1)").exitCode()).isZero();
        assertThat(CliRun.run(dsn, "--no-autocommit", "-c", "insert into t values (2); commit").exitCode()).isZero();
        assertThat(CliRun.run(dsn, "--format", "csv", "-c", "select a from t").out()).isEqualTo("a\r\n2\r\n");
    }

    @Test
    void databaseUrlIsTheDefaultConnectionString() {
        String dsn = "sqlite:" + dir.resolve("env.db");
        CliRun.run(dsn, "-c", "create table from_env(a int)");
        CliRun r = CliRun.run("", Map.of("DATABASE_URL", dsn), "--format", "csv", "-c",
                "select name from sqlite_master where type = 'table'");
        assertThat(r.out()).isEqualTo("name\r\nfrom_env\r\n");
    }

    @Test
    void badConnectionStringIsAUsageError() {
        CliRun r = CliRun.run("postgresql://localhost/db?prot=5", "-c", "select 1");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("ERROR: ").contains("prot");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun r = CliRun.run("--frobnicate");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--frobnicate").contains("sqlwire --help");
    }

    @Test
    void unknownFormatIsAUsageError() {
        CliRun r = CliRun.run("--format", "xml", "-c", "select 1");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("xml");
    }

    @Test
    void missingFileIsAUsageError() {
        CliRun r = CliRun.run("-f", dir.resolve("nothing.sql").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("nothing.sql");
    }

    @Test
    void commandOptionWithoutItsValueIsAUsageError() {
        CliRun r = CliRun.run("-c");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--command");
    }

    @Test
    void helpAndVersionExitZero() {
        CliRun help = CliRun.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--no-autocommit", "Autocommit is ON", "ON_ERROR_STOP", "ping", "doctor");
        CliRun version = CliRun.run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("sqlwire ").contains("sqlite");
    }

    @Test
    void pingAnswersWithTheBackendAndTime() {
        CliRun r = CliRun.run("ping", "sqlite::memory:");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("sqlite").containsPattern("\\(\\d+ ms\\)");
    }

    @Test
    void pingOfAClosedPortFailsWithTheReason() {
        CliRun r = CliRun.run("ping", "postgresql://127.0.0.1:1/db?connect_timeout=2");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("ERROR: ");
    }

    @Test
    void doctorExplainsOptionsAndPassesEveryStep() {
        CliRun r = CliRun.run("doctor", "sqlite::memory:");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Options:", "dbname", ":memory:", "(connection string)")
                .containsPattern("ok +parse").containsPattern("ok +driver").containsPattern("ok +probe")
                .containsPattern("ok +connect").containsPattern("ok +server version");
    }

    @Test
    void doctorMasksThePasswordAndReportsTheFailedStep() {
        CliRun r = CliRun.run("doctor", "postgresql://bob:hunter2@127.0.0.1:1/db?connect_timeout=2");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).doesNotContain("hunter2").contains("********").containsPattern("FAIL +(driver|probe)");
    }

    @Test
    void doctorOfABadStringExitsTwo() {
        CliRun r = CliRun.run("doctor", "mysql://h/db?sslmode=sometimes");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).containsPattern("FAIL +parse");
    }

    @Test
    void optionsListsTheTableForOneBackendOrAsMarkdown() {
        CliRun sqlite = CliRun.run("options", "sqlite");
        assertThat(sqlite.exitCode()).isZero();
        assertThat(sqlite.out()).contains("busy_timeout", "Aliases: busyTimeout").doesNotContain("sslmode");
        assertThat(CliRun.run("options", "--markdown").out()).startsWith("# Connection options");
        CliRun bad = CliRun.run("options", "oracle");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith("ERROR: ").contains("oracle");
    }
}
