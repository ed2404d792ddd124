package io.sqlwire.postgres;

import io.sqlwire.ConnectOptions;
import io.sqlwire.Connection;
import io.sqlwire.testkit.Harness;
import io.sqlwire.testkit.RequiresHarness;
import io.sqlwire.testkit.tck.ConnectionBehaviour;
import io.sqlwire.testkit.tck.Dialect;
import org.junit.jupiter.api.Timeout;

/** The shared behaviour suite against the harness PostgreSQL primary. */
@RequiresHarness
@Timeout(60)
class PgConnectionIT extends ConnectionBehaviour {

    @Override
    public Connection connect() {
        return new PgDriver().connect(ConnectOptions.parse(Harness.current().pgUri("test", "test", "test",
                "sslmode=disable")));
    }

    @Override
    public Dialect dialect() {
        return Dialect.postgresql();
    }
}
