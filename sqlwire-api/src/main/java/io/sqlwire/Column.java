package io.sqlwire;

/**
 * One column of a result, as in a DB-API {@code cursor.description} entry.
 *
 * @param name the column label
 * @param typeName the database type name, e.g. {@code int4}, {@code VARCHAR}, {@code INTEGER}
 * @param displaySize the maximum display width in characters, or -1 when unknown
 * @param internalSize the size in bytes on the server, or -1 when unknown or variable
 * @param precision the numeric precision, or -1 when not numeric or unknown
 * @param scale the numeric scale, or -1 when not numeric or unknown
 * @param nullable whether the column may be NULL, or {@code null} when unknown
 */
public record Column(
        String name,
        String typeName,
        int displaySize,
        int internalSize,
        int precision,
        int scale,
        Boolean nullable) {

    /** A column of which only the name and type are known. */
    public static Column of(String name, String typeName) {
        return new Column(name, typeName, -1, -1, -1, -1, null);
    }
}
