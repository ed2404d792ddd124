package io.sqlwire.core.sql;

/**
 * One lexical token of SQL text.
 *
 * @param kind what the token is
 * @param start offset of its first character in the text
 * @param end offset just past its last character
 * @param terminated {@code false} for a string, quoted identifier, block comment or dollar quote
 *     that runs to the end of the text without its closing delimiter
 * @param number for a {@link TokenKind#NUMBERED_PARAMETER}, its number (capped at 1,000,000); else 0
 */
public record SqlToken(TokenKind kind, int start, int end, boolean terminated, int number) {

    /** The token's text within {@code sql}, the text it was read from. */
    public String text(String sql) {
        return sql.substring(start, end);
    }
}
