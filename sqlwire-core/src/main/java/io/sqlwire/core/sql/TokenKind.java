package io.sqlwire.core.sql;

/** The kind of a {@link SqlToken}. */
public enum TokenKind {
    /** A run of white space. */
    WHITESPACE,
    /** A keyword, unquoted identifier or number: a run of letters, digits, {@code _} and {@code $}. */
    WORD,
    /** Any other single character: an operator, a parenthesis, a comma. */
    OTHER,
    /** A string literal, including its prefix such as PostgreSQL's {@code E}. */
    STRING,
    /** A quoted identifier: {@code "..."}, {@code `...`} or {@code [...]}. */
    QUOTED_IDENTIFIER,
    /** A comment to the end of the line: {@code --} or MySQL's {@code #}; the line break is not part of it. */
    LINE_COMMENT,
    /** A {@code /* ... *}{@code /} comment. */
    BLOCK_COMMENT,
    /** A PostgreSQL dollar-quoted string, {@code $$...$$} or {@code $tag$...$tag$}. */
    DOLLAR_QUOTED,
    /** A positional placeholder {@code ?}. */
    POSITIONAL_PARAMETER,
    /** A numbered placeholder: PostgreSQL's {@code $n} or SQLite's {@code ?NNN}. */
    NUMBERED_PARAMETER,
    /** PostgreSQL's {@code ??}, which stands for a literal {@code ?} operator character. */
    ESCAPED_QUESTION_MARK,
    /** A statement separator {@code ;}. */
    SEMICOLON;

    /** Whether the token carries no meaning for the server: white space or a comment. */
    public boolean isTrivia() {
        return this == WHITESPACE || this == LINE_COMMENT || this == BLOCK_COMMENT;
    }

    /** Whether the token is a placeholder of either style. */
    public boolean isPlaceholder() {
        return this == POSITIONAL_PARAMETER || this == NUMBERED_PARAMETER;
    }
}
