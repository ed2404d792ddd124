package io.sqlwire.sqlite;

import io.sqlwire.Connection;
import io.sqlwire.Sqlwire;
import io.sqlwire.testkit.tck.ConnectionBehaviour;
import io.sqlwire.testkit.tck.Dialect;

/** The shared suite on a private in-memory database, opened through the ServiceLoader. */
class SqliteMemoryConnectionTest extends ConnectionBehaviour {

    @Override
    public Connection connect() {
        return Sqlwire.connect(SqliteTestOptions.options(":memory:"));
    }

    @Override
    public Dialect dialect() {
        return Dialect.sqlite(false);
    }
}
