/**
 * The backend-neutral machinery: the option table and connection-string parsing, transports,
 * routing, the codec registry SPI, SQL lexing, error mapping and shared result types.
 * Protocol modules build on it; nothing here knows a wire protocol.
 */
module io.sqlwire.core {
    requires transitive io.sqlwire.api;
    requires jdk.net; // TCP keepalive tuning (TCP_KEEPIDLE, TCP_KEEPINTERVAL, TCP_KEEPCOUNT)

    exports io.sqlwire.core.options;
    exports io.sqlwire.core.transport;
    exports io.sqlwire.core.routing;
    exports io.sqlwire.core.codec;
    exports io.sqlwire.core.sql;
    exports io.sqlwire.core.error;
    exports io.sqlwire.core.result;
    exports io.sqlwire.core.session;

    uses io.sqlwire.core.codec.CodecProvider;

    provides io.sqlwire.spi.OptionResolver with io.sqlwire.core.options.SqlwireOptionResolver;
}
