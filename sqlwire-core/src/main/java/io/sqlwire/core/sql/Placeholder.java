package io.sqlwire.core.sql;

/**
 * One placeholder found in SQL text.
 *
 * @param number the 1-based parameter it stands for: its order for {@code ?}, {@code n} for {@code $n}
 * @param start offset of its first character
 * @param end offset just past it
 */
public record Placeholder(int number, int start, int end) {
}
