package io.sqlwire.postgres;

import io.sqlwire.Connection;
import io.sqlwire.testkit.Harness;
import io.sqlwire.testkit.RequiresHarness;
import io.sqlwire.testkit.tck.ConnectionBehaviour;
import io.sqlwire.testkit.tck.Dialect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/** The shared behaviour suite against PostgreSQL 18 (see {@link EmbeddedPg}), over TLS with protocol 3.2. */
@RequiresHarness
@Timeout(120)
class Pg18ConnectionIT extends ConnectionBehaviour {
    static EmbeddedPg server;

    @BeforeAll
    static void start() {
        server = EmbeddedPg.start(Harness.current());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Override
    public Connection connect() {
        return server.connect(Harness.current(), "max_protocol_version=3.2");
    }

    @Override
    public Dialect dialect() {
        return Dialect.postgresql();
    }
}
