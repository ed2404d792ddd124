package io.sqlwire.core.sql;

/** Which placeholder style a statement uses; one statement never mixes them. */
public enum PlaceholderStyle {
    /** The statement has no placeholders. */
    NONE,
    /** Positional {@code ?} placeholders, numbered by order of appearance. */
    POSITIONAL,
    /** Numbered placeholders: PostgreSQL's {@code $n} or SQLite's {@code ?NNN}; a number may repeat. */
    NUMBERED
}
