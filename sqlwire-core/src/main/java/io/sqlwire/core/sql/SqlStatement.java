package io.sqlwire.core.sql;

/**
 * One statement of a script, without its terminating {@code ;} and without surrounding white
 * space; comments inside or before it are kept.
 *
 * @param text the statement text
 * @param start offset of its first character in the script
 * @param line the 1-based line of the script on which it starts
 */
public record SqlStatement(String text, int start, int line) {
}
