/** PostgreSQL frontend/backend protocol v3, written natively. */
module io.sqlwire.postgres {
    requires transitive io.sqlwire.core;

    exports io.sqlwire.postgres;

    provides io.sqlwire.spi.Driver with io.sqlwire.postgres.PgDriver;
}
