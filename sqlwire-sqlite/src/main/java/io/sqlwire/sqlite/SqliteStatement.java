package io.sqlwire.sqlite;

import java.util.Set;

/**
 * One statement of an SQL text, with its verb: the first keyword, or for {@code WITH ...} the
 * keyword of the main statement after the common table expressions.
 *
 * @param sql the statement text, without the terminating semicolon
 * @param verb the verb in upper case, or an empty string when the text does not start with a word
 */
record SqliteStatement(String sql, String verb) {

    /** Stands for work that is not a statement of its own, such as fetching rows. */
    static final SqliteStatement NONE = new SqliteStatement("", "");

    private static final Set<String> CHANGES_ROWS = Set.of("INSERT", "REPLACE", "UPDATE", "DELETE");

    /** Statements that end, start or cannot run inside a transaction, or configure the session. */
    private static final Set<String> OUTSIDE_TRANSACTION =
            Set.of("BEGIN", "COMMIT", "END", "ROLLBACK", "VACUUM", "ATTACH", "DETACH", "PRAGMA");

    /** Whether the statement reports a count of changed rows. */
    boolean changesRows() {
        return CHANGES_ROWS.contains(verb);
    }

    /** Whether the statement may set {@code last_insert_rowid()}. */
    boolean inserts() {
        return verb.equals("INSERT") || verb.equals("REPLACE");
    }

    /** Whether an implicit {@code BEGIN} may precede the statement. */
    boolean allowsImplicitBegin() {
        return !OUTSIDE_TRANSACTION.contains(verb);
    }

    /** Whether the statement opens a transaction when it succeeds ({@code SAVEPOINT} does outside one). */
    boolean opensTransaction() {
        return verb.equals("BEGIN") || verb.equals("SAVEPOINT");
    }
}
