package io.sqlwire.sqlite;

import io.sqlwire.Connection;
import io.sqlwire.testkit.tck.ConnectionBehaviour;
import io.sqlwire.testkit.tck.Dialect;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The shared suite on a database file, so a second connection sees committed data. */
class SqliteFileConnectionTest extends ConnectionBehaviour {

    @TempDir
    Path dir;

    @Override
    public Connection connect() {
        return new SqliteDriver().connect(SqliteTestOptions.options(dir.resolve("tck.db").toString()));
    }

    @Override
    public Dialect dialect() {
        return Dialect.sqlite(true);
    }
}
