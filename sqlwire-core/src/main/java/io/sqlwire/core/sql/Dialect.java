package io.sqlwire.core.sql;

/**
 * The SQL dialect whose lexical rules a {@link SqlLexer} follows: which quotes delimit strings
 * and identifiers, which comments exist, and which placeholders are recognized.
 */
public enum Dialect {
    /** PostgreSQL: {@code E'...'} strings, dollar quotes, nested block comments, {@code $n} parameters. */
    POSTGRESQL,
    /** MySQL and MariaDB: {@code "..."} strings, backquoted identifiers, {@code #} comments, backslash escapes. */
    MYSQL,
    /** SQLite: {@code "..."}, backquoted and {@code [bracketed]} identifiers, {@code ?NNN} parameters. */
    SQLITE
}
