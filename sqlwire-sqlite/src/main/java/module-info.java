/** SQLite, the embedded default, over sqlite-jdbc. */
module io.sqlwire.sqlite {
    requires transitive io.sqlwire.core;
    requires java.sql;
    requires org.xerial.sqlitejdbc;

    exports io.sqlwire.sqlite;

    provides io.sqlwire.spi.Driver with io.sqlwire.sqlite.SqliteDriver;
}
