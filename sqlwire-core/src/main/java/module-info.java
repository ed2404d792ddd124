/**
 * The backend-neutral machinery: the option table and connection-string parsing, transports,
 * routing, the codec registry SPI, SQL lexing, error mapping and shared result types.
 * Protocol modules build on it; nothing here knows a wire protocol.
 */
module io.sqlwire.core {
    requires transitive io.sqlwire.api;

    exports io.sqlwire.core.options;
    // exports io.sqlwire.core.transport;   (planned: uncomment when the package has its first class)
    // exports io.sqlwire.core.routing;   (planned: uncomment when the package has its first class)
    exports io.sqlwire.core.codec;
    exports io.sqlwire.core.sql;
    exports io.sqlwire.core.error;
    exports io.sqlwire.core.result;
    exports io.sqlwire.core.session;

    uses io.sqlwire.core.codec.CodecProvider;
    provides io.sqlwire.spi.OptionResolver with io.sqlwire.core.options.SqlwireOptionResolver;
}
