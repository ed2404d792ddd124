package io.sqlwire.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.Connection;
import io.sqlwire.InterfaceException;
import io.sqlwire.InvalidOptionException;
import io.sqlwire.OperationalException;
import io.sqlwire.Sqlwire;
import io.sqlwire.SqlwireException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite database files: persistence, open modes, locking and the file options. */
class SqliteFileTest {

    @TempDir
    Path dir;

    private Connection open(String file, Map<String, String> options) {
        return Sqlwire.connect(SqliteTestOptions.options(dir.resolve(file).toString(), options));
    }

    @Test
    void dataPersistsAcrossConnections() {
        try (Connection c = open("a.db", Map.of())) {
            c.execute("create table t (k integer)");
            c.execute("insert into t values (1)");
            c.commit();
            c.execute("insert into t values (2)");
        }
        assertThat(Files.exists(dir.resolve("a.db"))).isTrue();
        try (Connection c = open("a.db", Map.of())) {
            assertThat(c.queryOne("select count(*) from t").get(0)).isEqualTo(1L);
            // the select opened a transaction (autocommit is off), which reconnect would lose
            assertThatThrownBy(c::reconnect).isInstanceOf(InterfaceException.class);
            c.rollback();
            c.reconnect();
            assertThat(c.queryOne("select count(*) from t").get(0)).isEqualTo(1L);
            assertThat(c.database()).endsWith("a.db");
        }
    }

    @Test
    void readOnlyModeRefusesWrites() {
        try (Connection c = open("ro.db", Map.of("autocommit", "true"))) {
            c.execute("create table t (k integer)");
        }
        try (Connection c = open("ro.db", Map.of("mode", "ro"))) {
            assertThat(c.queryOne("select count(*) from t").get(0)).isEqualTo(0L);
            SqlwireException e = catching(() -> c.execute("insert into t values (1)"));
            assertThat(e).isInstanceOf(OperationalException.class);
            assertThat(e.sqlState()).isEqualTo("25006");
            assertThat(e.vendorCode() & 0xff).isEqualTo(8);
        }
    }

    @Test
    void missingFilesAreCreatedOnlyInRwcMode() {
        assertThatThrownBy(() -> open("none.db", Map.of("mode", "ro")))
                .isInstanceOf(OperationalException.class)
                .hasMessageContaining("none.db")
                .hasMessageContaining("unable to open database file");
        assertThatThrownBy(() -> open("none.db", Map.of("mode", "rw"))).isInstanceOf(OperationalException.class);
        assertThat(Files.exists(dir.resolve("none.db"))).isFalse();
        open("none.db", Map.of()).close();
        assertThat(Files.exists(dir.resolve("none.db"))).isTrue();
        try (Connection c = open("mem.db", Map.of("mode", "memory"))) {
            c.execute("create table t (k)");
        }
        assertThat(Files.exists(dir.resolve("mem.db"))).isFalse();
    }

    @Test
    void aLockedDatabaseIsATransientOperationalError() {
        try (Connection writer = open("busy.db", Map.of());
                Connection other = open("busy.db", Map.of("busy_timeout", "0"))) {
            writer.execute("create table t (k integer)");
            writer.commit();
            writer.execute("insert into t values (1)");
            SqlwireException e = catching(() -> other.execute("insert into t values (2)"));
            assertThat(e).isInstanceOf(OperationalException.class);
            assertThat(e.isTransient()).isTrue();
            assertThat(e.sqlState()).isEqualTo("55P03");
            assertThat(e.vendorCode() & 0xff).isEqualTo(5);
            assertThat(e).hasMessageContaining("database is locked");
            other.rollback();
            writer.commit();
            other.execute("insert into t values (2)");
            other.commit();
        }
    }

    @Test
    void fileOptions() {
        try (Connection c = open("wal.db", Map.of("journal_mode", "wal", "foreign_keys", "off", "busy_timeout", "2s"))) {
            assertThat(c.queryOne("pragma journal_mode").get(0)).isEqualTo("wal");
            assertThat(c.queryOne("pragma foreign_keys").get(0)).isEqualTo(0L);
            assertThat(c.queryOne("pragma busy_timeout").get(0)).isEqualTo(2000L);
        }
        assertThatThrownBy(() -> open("x.db", Map.of("mode", "rx")))
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("mode");
        assertThatThrownBy(() -> open("x.db", Map.of("journal_mode", "fast")))
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("journal_mode");
        assertThatThrownBy(() -> open("x.db", Map.of("busy_timeout", "soon")))
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("busy_timeout");
        assertThatThrownBy(() -> open("x.db", Map.of("foreign_keys", "maybe")))
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("foreign_keys");
        assertThatThrownBy(() -> open("x?.db", Map.of()))
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("'?'");
    }

    private static SqlwireException catching(Runnable action) {
        try {
            action.run();
        } catch (SqlwireException e) {
            return e;
        }
        throw new AssertionError("no exception");
    }
}
