package io.sqlwire.core.sql;

/**
 * The single-pass scanner behind {@link SqlLexer}: a mutable cursor that reads one token per
 * {@link #next()} call without allocating. Not thread-safe; one instance per scan.
 */
final class SqlScanner {
    // PostgreSQL's protocol caps parameters at 65535; larger numbers are capped so they stay ints.
    static final int NUMBER_CAP = 1_000_000;

    private final String sql;
    private final int length;
    private final Dialect dialect;
    private final boolean backslashInPlainStrings;
    private final boolean doubleQuoteIsString;

    private int pos;
    TokenKind kind;
    int start;
    int end;
    boolean terminated;
    int number;

    SqlScanner(String sql, SqlLexer lexer) {
        this.sql = sql;
        this.length = sql.length();
        this.dialect = lexer.dialect();
        this.backslashInPlainStrings = switch (dialect) {
            case POSTGRESQL -> !lexer.standardConformingStrings();
            case MYSQL -> lexer.backslashEscapes();
            case SQLITE -> false;
        };
        this.doubleQuoteIsString = dialect == Dialect.MYSQL && !lexer.ansiQuotes();
    }

    /** Reads the next token into the public fields; {@code false} at the end of the text. */
    boolean next() {
        if (pos >= length) {
            return false;
        }
        start = pos;
        terminated = true;
        number = 0;
        char c = sql.charAt(pos);
        end = switch (c) {
            case '\'' -> string(pos, '\'', backslashInPlainStrings);
            case '"' -> doubleQuote();
            case '`' -> dialect == Dialect.POSTGRESQL ? other() : quotedIdentifier('`');
            case '[' -> dialect == Dialect.SQLITE ? bracketIdentifier() : other();
            case '-' -> dashes();
            case '/' -> at(pos + 1) == '*' ? blockComment() : other();
            case '#' -> dialect == Dialect.MYSQL ? lineComment() : other();
            case '?' -> questionMark();
            case '$' -> dialect == Dialect.POSTGRESQL ? dollar() : other();
            case ';' -> single(TokenKind.SEMICOLON);
            default -> plain(c);
        };
        pos = end;
        return true;
    }

    SqlToken token() {
        return new SqlToken(kind, start, end, terminated, number);
    }

    private char at(int i) {
        return i < length ? sql.charAt(i) : '\0';
    }

    private int plain(char c) {
        if (isWhitespace(c)) {
            kind = TokenKind.WHITESPACE;
            int i = pos + 1;
            while (i < length && isWhitespace(sql.charAt(i))) {
                i++;
            }
            return i;
        }
        if (!isWordChar(c)) {
            return other();
        }
        int i = pos + 1;
        while (i < length && isWordChar(sql.charAt(i))) {
            i++;
        }
        // PostgreSQL's escape string E'...' always honours backslashes, whatever the settings.
        if (dialect == Dialect.POSTGRESQL && i == pos + 1 && (c == 'E' || c == 'e') && at(i) == '\'') {
            return string(i, '\'', true);
        }
        kind = TokenKind.WORD;
        return i;
    }

    private int other() {
        return single(TokenKind.OTHER);
    }

    private int single(TokenKind k) {
        kind = k;
        return pos + 1;
    }

    private int doubleQuote() {
        return doubleQuoteIsString ? string(pos, '"', backslashInPlainStrings) : quotedIdentifier('"');
    }

    /** A quoted string whose opening quote is at {@code open}; a doubled quote stands for one. */
    private int string(int open, char quote, boolean backslashes) {
        kind = TokenKind.STRING;
        return closeQuote(open + 1, quote, backslashes);
    }

    private int quotedIdentifier(char quote) {
        kind = TokenKind.QUOTED_IDENTIFIER;
        return closeQuote(pos + 1, quote, false);
    }

    private int closeQuote(int from, char quote, boolean backslashes) {
        int i = from;
        while (i < length) {
            char c = sql.charAt(i);
            if (c == '\\' && backslashes) {
                i += 2;
            } else if (c == quote) {
                if (at(i + 1) != quote) {
                    return i + 1;
                }
                i += 2;
            } else {
                i++;
            }
        }
        terminated = false;
        return length;
    }

    private int bracketIdentifier() {
        kind = TokenKind.QUOTED_IDENTIFIER;
        int close = sql.indexOf(']', pos + 1);
        if (close < 0) {
            terminated = false;
            return length;
        }
        return close + 1;
    }

    private int dashes() {
        if (at(pos + 1) != '-') {
            return other();
        }
        // MySQL starts a comment only when the second dash is followed by a space or control character.
        if (dialect == Dialect.MYSQL && pos + 2 < length && sql.charAt(pos + 2) > ' ') {
            return other();
        }
        return lineComment();
    }

    private int lineComment() {
        kind = TokenKind.LINE_COMMENT;
        int i = pos + 1;
        while (i < length && sql.charAt(i) != '\n' && sql.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private int blockComment() {
        kind = TokenKind.BLOCK_COMMENT;
        boolean nested = dialect == Dialect.POSTGRESQL;
        int depth = 1;
        int i = pos + 2;
        while (i < length) {
            char c = sql.charAt(i);
            if (c == '*' && at(i + 1) == '/') {
                i += 2;
                if (--depth == 0) {
                    return i;
                }
            } else if (nested && c == '/' && at(i + 1) == '*') {
                depth++;
                i += 2;
            } else {
                i++;
            }
        }
        terminated = false;
        return length;
    }

    private int questionMark() {
        char next = at(pos + 1);
        if (dialect == Dialect.POSTGRESQL && next == '?') {
            kind = TokenKind.ESCAPED_QUESTION_MARK;
            return pos + 2;
        }
        if (dialect == Dialect.SQLITE && isDigit(next)) {
            return numberedParameter();
        }
        return single(TokenKind.POSITIONAL_PARAMETER);
    }

    private int numberedParameter() {
        kind = TokenKind.NUMBERED_PARAMETER;
        int i = pos + 1;
        int n = 0;
        while (i < length && isDigit(sql.charAt(i))) {
            n = Math.min(n * 10 + (sql.charAt(i) - '0'), NUMBER_CAP);
            i++;
        }
        number = n;
        return i;
    }

    /** At a {@code $} on PostgreSQL: a parameter {@code $n}, a dollar quote, or a lone character. */
    private int dollar() {
        char next = at(pos + 1);
        if (isDigit(next)) {
            return numberedParameter();
        }
        int tagEnd = pos + 1;
        if (next != '$') {
            if (!isTagStart(next)) {
                return other();
            }
            while (tagEnd < length && isTagChar(sql.charAt(tagEnd))) {
                tagEnd++;
            }
            if (at(tagEnd) != '$') {
                return other();
            }
        }
        kind = TokenKind.DOLLAR_QUOTED;
        String delimiter = sql.substring(pos, tagEnd + 1);
        int close = sql.indexOf(delimiter, tagEnd + 1);
        if (close < 0) {
            terminated = false;
            return length;
        }
        return close + delimiter.length();
    }

    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Letters, digits, {@code _}, {@code $} and every non-ASCII character continue an unquoted word. */
    static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_' || c == '$' || c >= 0x80;
    }

    private static boolean isTagStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    private static boolean isTagChar(char c) {
        return isTagStart(c) || isDigit(c);
    }
}
