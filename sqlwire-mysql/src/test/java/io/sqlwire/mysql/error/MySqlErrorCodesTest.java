package io.sqlwire.mysql.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sqlwire.DatabaseException;
import io.sqlwire.IntegrityException;
import io.sqlwire.OperationalException;
import io.sqlwire.ProgrammingException;
import io.sqlwire.SqlwireException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MySqlErrorCodesTest {

    static SqlwireException err(boolean mariaDb, int code, String sqlState) {
        return MySqlErrorCodes.factory(mariaDb).create("message", sqlState, code, null);
    }

    @Test
    void categoriesThatMatter() {
        assertThat(err(true, 1062, "23000")).isInstanceOf(IntegrityException.class);
        assertThat(err(true, 1064, "42000")).isInstanceOf(ProgrammingException.class);
        SqlwireException noSuchTable = err(false, 1146, null);
        assertThat(noSuchTable).isInstanceOf(ProgrammingException.class);
        assertThat(noSuchTable.sqlState()).isEqualTo("42S02");
        assertThat(err(false, 1045, "28000")).isInstanceOf(OperationalException.class);
        assertThat(err(false, 1045, "28000").isTransient()).isFalse();
        assertThat(err(true, 1049, "42000")).isInstanceOf(ProgrammingException.class);
        assertThat(err(true, 1290, "HY000")).isInstanceOf(OperationalException.class);
        assertThat(err(true, 1792, "25006")).isInstanceOf(OperationalException.class);
    }

    @Test
    void transientErrors() {
        for (int code : new int[] {1213, 1205, 1040, 2006, 2013}) {
            for (boolean mariaDb : new boolean[] {true, false}) {
                SqlwireException e = err(mariaDb, code, code == 1213 ? "40001" : "HY000");
                assertThat(e).as("%d", code).isInstanceOf(OperationalException.class);
                assertThat(e.isTransient()).as("%d", code).isTrue();
            }
        }
        assertThat(err(true, 1927, "70100").isTransient()).isTrue();
        assertThat(err(true, 1969, "70100").isTransient()).isTrue();
        assertThat(err(false, 3024, "HY000").isTransient()).isTrue();
        assertThat(err(false, 4031, "HY000")).isInstanceOf(OperationalException.class);
        assertThat(err(false, 4031, "HY000").isTransient()).isTrue();
    }

    @Test
    void flavoursDisagreeAboveTheCommonRange() {
        // MariaDB's 4031 is a trigger error, not MySQL's idle-disconnect notice.
        assertThat(err(true, 4031, "HY000")).isExactlyInstanceOf(DatabaseException.class);
        assertThat(MySqlErrorNames.name(4031, true)).contains("ER_REFERENCED_TRG_DOES_NOT_EXIST");
        assertThat(MySqlErrorNames.name(4031, false)).contains("ER_CLIENT_INTERACTION_TIMEOUT");
        assertThat(MySqlErrorNames.name(3024, false)).contains("ER_QUERY_TIMEOUT");
        assertThat(MySqlErrorNames.name(1927, false)).isEmpty();
    }

    @Test
    void generatedNames() {
        assertThat(MySqlErrorNames.name(1062, false)).contains("ER_DUP_ENTRY");
        assertThat(MySqlErrorNames.name(2013, true)).contains("CR_SERVER_LOST");
        assertThat(MySqlErrorNames.name(1213, true)).contains("ER_LOCK_DEADLOCK");
        assertThat(MySqlErrorNames.size()).isGreaterThan(1200);
    }

    @Test
    void generatedResourceIsFresh(@TempDir Path dir) throws Exception {
        Path include = Path.of("/usr/include/mariadb");
        assumeTrue(Files.exists(include.resolve("mysqld_error.h")), "libmariadb-dev is not installed");
        Path root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("tools/GenerateMysqlErrorNames.java"))) {
            root = root.getParent();
        }
        Path out = dir.resolve("error-names.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                root.resolve("tools/GenerateMysqlErrorNames.java").toString(), include.toString(), out.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).isZero();
        assertThat(Files.readString(out)).as("stale: run java tools/GenerateMysqlErrorNames.java")
                .isEqualTo(Files.readString(root.resolve(
                        "sqlwire-mysql/src/main/resources/io/sqlwire/mysql/error/error-names.txt")));
    }
}
