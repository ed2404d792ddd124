/**
 * SQLite backend over sqlite-jdbc: the embedded default. Only {@link io.sqlwire.sqlite.SqliteDriver}
 * is public; connections are reached through {@link io.sqlwire.Sqlwire#connect}.
 *
 * <h2>Options</h2>
 * {@code ConnectOptions.database()} is the file path, or {@code :memory:} (also when it is absent)
 * for a private in-memory database. Other options: {@code mode} ({@code ro}, {@code rw},
 * {@code rwc} default, {@code memory}), {@code busy_timeout} (milliseconds, or with a unit such as
 * {@code 2s}; default 5000 ms), {@code foreign_keys} (default {@code false}, as in SQLite),
 * {@code journal_mode} ({@code delete}, {@code truncate}, {@code persist}, {@code memory},
 * {@code wal}, {@code off}; SQLite's default when absent) and {@code autocommit} (default
 * {@code false}). Values and defaults come from the option table
 * ({@link io.sqlwire.core.options.SqliteOptions}).
 *
 * <h2>Transactions</h2>
 * With autocommit off (the default, as in DB-API) the first statement opens a transaction with
 * {@code BEGIN} (deferred), except statements that cannot run inside one or configure the
 * session: {@code BEGIN}, {@code COMMIT}, {@code END}, {@code ROLLBACK}, {@code VACUUM},
 * {@code ATTACH}, {@code DETACH} and {@code PRAGMA}. Transaction blocks nest with savepoints.
 * SQLite transactions are always serializable, so every isolation level is accepted; READ
 * UNCOMMITTED also sets {@code PRAGMA read_uncommitted} (which matters only with a shared cache)
 * and a read-only block sets {@code PRAGMA query_only}, both for the block's duration.
 *
 * <h2>Values</h2>
 * Rows carry SQLite's storage classes: INTEGER as {@code Long} (always, whatever the declared
 * type, so {@code select 1+1} gives {@code 2L}), REAL as {@code Double}, TEXT as {@code String},
 * BLOB as {@code byte[]}, NULL as {@code null}. Declared types such as {@code BOOLEAN} or
 * {@code DATE} do not change the value; ask for the type you want with {@code Row.get(i, type)}.
 * Parameters bind as: integers and {@code Boolean} (1/0) as INTEGER; {@code Double} and
 * {@code Float} as REAL; {@code BigDecimal} as TEXT (plain notation, so no digit is lost; column
 * affinity still turns it into a number where the column is numeric); {@code BigInteger} as
 * INTEGER when it fits in 64 bits, else TEXT; {@code String}, {@code Character}, {@code UUID} and
 * enums (their name) as TEXT; {@code byte[]} as BLOB; {@code java.time} values as TEXT in
 * SQLite's own format ({@code 2024-01-02}, {@code 03:04:05.123}, {@code 2024-01-02 03:04:05.123},
 * an offset {@code +02:00} appended for offset types, {@code Instant} in UTC without an offset) so
 * they compare correctly with {@code datetime()} and {@code CURRENT_TIMESTAMP}.
 *
 * <h2>Cursors</h2>
 * Rows stream from SQLite as they are fetched. {@code rowcount} is the number of rows changed by
 * INSERT, UPDATE, DELETE and REPLACE (the total for {@code executemany}), -1 for other statements
 * without rows, and for queries -1 before the first fetch, then the number of rows fetched so
 * far (the row count once the result is exhausted). {@code lastrowid} is {@code last_insert_rowid()}
 * after an INSERT or REPLACE, else {@code null}. A text with several statements separated by
 * {@code ;} runs all of them at once, without parameters; the cursor starts on the first result
 * and {@link io.sqlwire.Cursor#nextset()} moves on (rows of all but the last statement are read
 * into memory when it runs).
 */
package io.sqlwire.sqlite;
