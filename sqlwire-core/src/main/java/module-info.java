/**
 * The backend-neutral machinery: the option table and connection-string parsing, transports,
 * routing, the codec registry SPI, SQL lexing, error mapping and shared result types.
 * Protocol modules build on it; nothing here knows a wire protocol.
 */
module io.sqlwire.core {
    requires transitive io.sqlwire.api;
    requires jdk.net; // TCP keepalive tuning (TCP_KEEPIDLE, TCP_KEEPINTERVAL, TCP_KEEPCOUNT)

    // Public: the option table (docs, doctor, typed reads), the codec SPI users extend, and the
    // SQLSTATE table users compare against.
    exports io.sqlwire.core.options;
    exports io.sqlwire.core.codec;
    exports io.sqlwire.core.error;

    // Shared only between sqlwire's own modules; not API, free to change.
    exports io.sqlwire.core.transport to io.sqlwire.postgres, io.sqlwire.mysql;
    exports io.sqlwire.core.routing to io.sqlwire.postgres, io.sqlwire.mysql;
    exports io.sqlwire.core.sql to io.sqlwire.postgres, io.sqlwire.mysql, io.sqlwire.sqlite;
    exports io.sqlwire.core.result to io.sqlwire.postgres, io.sqlwire.mysql, io.sqlwire.sqlite;
    exports io.sqlwire.core.session to io.sqlwire.postgres, io.sqlwire.mysql, io.sqlwire.sqlite;

    uses io.sqlwire.core.codec.CodecProvider;

    provides io.sqlwire.spi.OptionResolver with io.sqlwire.core.options.SqlwireOptionResolver;
}
