/** SQLite backend over sqlite-jdbc: the embedded default. */
package io.sqlwire.sqlite;
