package io.sqlwire.core.options;

/** Where a resolved option value came from, in libpq's order of precedence (highest first). */
public enum Source {
    /** The connection string or a value set in code. */
    EXPLICIT,
    /** A section of a PostgreSQL connection service file. */
    SERVICE_FILE,
    /** A MySQL option file ({@code my.cnf}) named by {@code read_default_file} or {@code read_default_group}. */
    OPTION_FILE,
    /** An environment variable such as {@code PGHOST}. */
    ENV,
    /** The option table's default (or no value at all). */
    DEFAULT
}
