package io.sqlwire.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlwire.ConnectOptions;
import io.sqlwire.Connection;
import io.sqlwire.Sqlwire;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connection strings through the option resolver and the ServiceLoader. */
class SqliteConnectionStringTest {

    @TempDir
    Path dir;

    @Test
    void memoryUri() {
        try (Connection c = Sqlwire.connect("sqlite::memory:")) {
            assertThat(c.backend()).isEqualTo("sqlite");
            assertThat(c.database()).isEqualTo(":memory:");
            assertThat(c.autocommit()).isFalse();
            assertThat(c.queryOne("select 1 + 1").get(0)).isEqualTo(2L);
        }
    }

    @Test
    void fileUriWithOptions() {
        String file = dir.resolve("uri.db").toString();
        try (Connection c = Sqlwire.connect("sqlite:" + file + "?autocommit=true&foreign_keys=on&busy_timeout=1s")) {
            assertThat(c.autocommit()).isTrue();
            assertThat(c.database()).isEqualTo(file);
            assertThat(c.queryOne("pragma foreign_keys").get(0)).isEqualTo(1L);
            assertThat(c.queryOne("pragma busy_timeout").get(0)).isEqualTo(1000L);
            c.execute("create table t (k)");
        }
        ConnectOptions ro = ConnectOptions.builder().backend("sqlite").database(file).option("mode", "ro").build();
        try (Connection c = Sqlwire.connect(ro)) {
            assertThat(c.queryOne("select count(*) from t").get(0)).isEqualTo(0L);
        }
    }
}
