/** SQLite, the embedded default, over sqlite-jdbc. */
module io.sqlwire.sqlite {
    requires transitive io.sqlwire.core;
    // requires java.sql;   (planned)
    // requires org.xerial.sqlitejdbc;   (planned)

    // exports io.sqlwire.sqlite;   (planned)
}
