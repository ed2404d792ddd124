package io.sqlwire.core.codec;

/** Qualifiers of a database type that change how its values are read or written. */
public enum TypeFlag {
    /** An unsigned integer type (MySQL {@code UNSIGNED}). */
    UNSIGNED,
    /** A string type with the binary character set, whose values are bytes rather than text (MySQL charset 63). */
    BINARY,
    /** An array type (PostgreSQL {@code _int4} and the like). */
    ARRAY
}
