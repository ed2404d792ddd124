package io.sqlwire.mysql;

import io.sqlwire.Connection;
import io.sqlwire.Sqlwire;
import io.sqlwire.testkit.Harness;
import io.sqlwire.testkit.RequiresHarness;
import io.sqlwire.testkit.tck.ConnectionBehaviour;
import io.sqlwire.testkit.tck.Dialect;
import org.junit.jupiter.api.Timeout;

/** The shared behaviour suite on the harness MySQL 8.0 with every statement prepared on the server (binary protocol). */
@RequiresHarness
@Timeout(60)
class MySql8PreparedIT extends ConnectionBehaviour {

    @Override
    public Connection connect() {
        return Sqlwire.connect(Harness.current().mysql8Uri("test", "test", "test", "connect_timeout=10&prepare_threshold=1"));
    }

    @Override
    public Dialect dialect() {
        return Dialect.mysql();
    }
}
