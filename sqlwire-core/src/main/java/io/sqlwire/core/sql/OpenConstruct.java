package io.sqlwire.core.sql;

/** What is still open at the end of a script, so that more input is needed to finish it. */
public enum OpenConstruct {
    /** Nothing: every quote and comment is closed. */
    NONE,
    /** A string literal. */
    STRING,
    /** A quoted identifier. */
    QUOTED_IDENTIFIER,
    /** A block comment. */
    BLOCK_COMMENT,
    /** A PostgreSQL dollar quote. */
    DOLLAR_QUOTE,
    /** A {@code BEGIN ... END} body of a trigger, function or procedure that has not reached its {@code END}. */
    BLOCK;

    static OpenConstruct of(TokenKind kind) {
        return switch (kind) {
            case STRING -> STRING;
            case QUOTED_IDENTIFIER -> QUOTED_IDENTIFIER;
            case BLOCK_COMMENT -> BLOCK_COMMENT;
            case DOLLAR_QUOTED -> DOLLAR_QUOTE;
            default -> NONE;
        };
    }
}
