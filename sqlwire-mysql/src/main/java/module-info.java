/** MySQL/MariaDB client/server protocol, written natively. */
module io.sqlwire.mysql {
    requires transitive io.sqlwire.core;

    exports io.sqlwire.mysql;

    provides io.sqlwire.spi.Driver with io.sqlwire.mysql.MySqlDriver;
    provides io.sqlwire.core.codec.CodecProvider with io.sqlwire.mysql.type.MySqlCodecProvider;
}
