package io.sqlwire.mysql;

import io.sqlwire.Connection;
import io.sqlwire.Sqlwire;
import io.sqlwire.testkit.Harness;
import io.sqlwire.testkit.RequiresHarness;
import io.sqlwire.testkit.tck.ConnectionBehaviour;
import io.sqlwire.testkit.tck.Dialect;
import org.junit.jupiter.api.Timeout;

/** The shared behaviour suite on the harness MariaDB 10.11 primary. */
@RequiresHarness
@Timeout(60)
class MariaDbConnectionIT extends ConnectionBehaviour {

    @Override
    public Connection connect() {
        return Sqlwire.connect(Harness.current().myUri("test", "test", "test", "connect_timeout=10"));
    }

    @Override
    public Dialect dialect() {
        return Dialect.mysql();
    }
}
