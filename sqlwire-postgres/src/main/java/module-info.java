/** PostgreSQL frontend/backend protocol v3, written natively. */
module io.sqlwire.postgres {
    requires transitive io.sqlwire.core;

    exports io.sqlwire.postgres;

    provides io.sqlwire.spi.Driver with io.sqlwire.postgres.PgDriver;
    provides io.sqlwire.core.codec.CodecProvider with io.sqlwire.postgres.type.PgCodecProvider;
}
