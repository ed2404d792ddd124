package io.sqlwire.testkit.tck;

import io.sqlwire.Connection;

/** What the behaviour interfaces need from the test class; {@link ConnectionBehaviour} provides it. */
public interface TckContext {

    /** A new connection with default options (autocommit off) to the database under test. */
    Connection connect();

    /** The backend's SQL differences. */
    Dialect dialect();

    /** The connection of the current test, opened on first use and closed after the test. */
    Connection conn();

    /**
     * Creates a table with a unique name and the given column definitions, commits, and drops it
     * after the test.
     *
     * @return the table name
     */
    String table(String columns);

    /** The number of rows in {@code table}, read on the test's connection. */
    default long count(String table) {
        return conn().queryOne("select count(*) from " + table).get(0, Long.class);
    }

    /** The number of rows in {@code table}, read on a new connection (committed data only). */
    default long countElsewhere(String table) {
        try (Connection other = connect()) {
            return other.queryOne("select count(*) from " + table).get(0, Long.class);
        }
    }
}
