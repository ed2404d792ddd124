package io.sqlwire.testkit.tck;

/**
 * Where the shared tests' SQL or expectations differ between backends.
 *
 * @param backend the name {@link io.sqlwire.Connection#backend()} must return
 * @param autoIdColumn the definition of an auto-generated integer primary key named {@code id}
 * @param binaryType the column type for binary data
 * @param lastrowid whether {@link io.sqlwire.Cursor#lastrowid()} reports generated ids
 * @param sharedData whether a second connection sees the first one's committed data (false for
 *     an in-memory SQLite database, which belongs to one connection)
 */
public record Dialect(String backend, String autoIdColumn, String binaryType, boolean lastrowid, boolean sharedData) {

    /** SQLite; {@code fileBacked} when connections open the same database file. */
    public static Dialect sqlite(boolean fileBacked) {
        return new Dialect("sqlite", "id integer primary key", "blob", true, fileBacked);
    }

    public static Dialect postgresql() {
        return new Dialect("postgresql", "id bigserial primary key", "bytea", false, true);
    }

    public static Dialect mysql() {
        return new Dialect("mysql", "id bigint auto_increment primary key", "blob", true, true);
    }
}
