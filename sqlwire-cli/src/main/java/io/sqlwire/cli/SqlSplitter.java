package io.sqlwire.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into statements at semicolons that are outside string literals, quoted
 * identifiers, comments and dollar-quoted strings, following the quoting rules of the backend.
 * A {@code CREATE ... BEGIN ... END;} statement (an SQLite trigger, a MySQL routine, a
 * PostgreSQL {@code BEGIN ATOMIC} body) ends only at a semicolon right after {@code END}.
 */
final class SqlSplitter {

    /**
     * @param statements the complete statements, without their semicolons, trimmed; blank and
     *     comment-only statements are dropped
     * @param rest the text after the last statement's semicolon
     * @param restHasSql whether {@code rest} holds anything besides blanks and comments
     */
    record Split(List<String> statements, String rest, boolean restHasSql) {
    }

    private final String text;
    private final String backend;
    private final List<String> statements = new ArrayList<>();
    private int start;
    private boolean hasSql;
    private String firstWord;
    private boolean block;
    private boolean lastWordEnd;

    private SqlSplitter(String text, String backend) {
        this.text = text;
        this.backend = backend;
    }

    /** Splits {@code text} with the quoting rules of {@code backend} (postgresql, mysql or sqlite). */
    static Split split(String text, String backend) {
        return new SqlSplitter(text, backend).run();
    }

    private Split run() {
        int i = 0;
        while (i < text.length()) {
            i = step(i);
        }
        return new Split(List.copyOf(statements), text.substring(start), hasSql);
    }

    /** Consumes the token at {@code i}; returns the index after it. */
    private int step(int i) {
        char c = text.charAt(i);
        int next = skipQuotedOrComment(i);
        if (next > i) {
            return next;
        }
        if (c == ';') {
            endStatement(i);
            return i + 1;
        }
        if (Character.isWhitespace(c)) {
            return i + 1;
        }
        hasSql = true;
        if (Character.isLetter(c) || c == '_') {
            return word(i);
        }
        lastWordEnd = false;
        return i + 1;
    }

    private int skipQuotedOrComment(int i) {
        char c = text.charAt(i);
        boolean mysql = backend.equals("mysql");
        int end = switch (c) {
            case '\'' -> quoted(i, '\'', mysql || escapeString(i));
            case '"' -> quoted(i, '"', mysql);
            case '`' -> backend.equals("postgresql") ? i : quoted(i, '`', false);
            case '[' -> backend.equals("sqlite") ? quoted(i, ']', false) : i;
            case '$' -> backend.equals("postgresql") ? dollarQuoted(i) : i;
            default -> i;
        };
        if (end > i) {
            hasSql = true;
            lastWordEnd = false;
            return end;
        }
        return comment(i);
    }

    /** The index after a comment starting at {@code i}, or {@code i} when none starts there. */
    private int comment(int i) {
        boolean mysql = backend.equals("mysql");
        if (text.startsWith("--", i)
                && (!mysql || i + 2 >= text.length() || Character.isWhitespace(text.charAt(i + 2)))
                || mysql && text.charAt(i) == '#') {
            int eol = text.indexOf('\n', i);
            return eol < 0 ? text.length() : eol + 1;
        }
        if (text.startsWith("/*", i)) {
            return blockComment(i);
        }
        return i;
    }

    // PostgreSQL block comments nest; MySQL and SQLite end at the first */.
    private int blockComment(int i) {
        boolean nests = backend.equals("postgresql");
        int depth = 0;
        int j = i;
        while (j < text.length()) {
            if (text.startsWith("/*", j) && (nests || depth == 0)) {
                depth++;
                j += 2;
            } else if (text.startsWith("*/", j)) {
                j += 2;
                if (--depth == 0) {
                    return j;
                }
            } else {
                j++;
            }
        }
        return text.length();
    }

    /** The index after a literal opened at {@code i} and closed by {@code close}; a doubled close stays inside. */
    private int quoted(int i, char close, boolean backslashEscapes) {
        int j = i + 1;
        while (j < text.length()) {
            char c = text.charAt(j);
            if (backslashEscapes && c == '\\') {
                j += 2;
            } else if (c == close) {
                if (j + 1 < text.length() && text.charAt(j + 1) == close && close != ']') {
                    j += 2;
                } else {
                    return j + 1;
                }
            } else {
                j++;
            }
        }
        return text.length();
    }

    /** Whether the quote at {@code i} opens a PostgreSQL E'...' string, where backslash escapes. */
    private boolean escapeString(int i) {
        return backend.equals("postgresql") && i > 0 && (text.charAt(i - 1) == 'E' || text.charAt(i - 1) == 'e')
                && (i < 2 || !isWordChar(text.charAt(i - 2)));
    }

    /** A $tag$...$tag$ string at {@code i}, or {@code i} when the dollar does not open one. */
    private int dollarQuoted(int i) {
        if (i > 0 && isWordChar(text.charAt(i - 1))) {
            return i; // part of an identifier such as a$b, or a $1 parameter's neighbour
        }
        int j = i + 1;
        while (j < text.length() && isWordChar(text.charAt(j)) && !(j == i + 1 && Character.isDigit(text.charAt(j)))) {
            j++;
        }
        if (j >= text.length() || text.charAt(j) != '$') {
            return i;
        }
        String tag = text.substring(i, j + 1);
        int close = text.indexOf(tag, j + 1);
        return close < 0 ? text.length() : close + tag.length();
    }

    private int word(int i) {
        int j = i;
        while (j < text.length() && (isWordChar(text.charAt(j)) || text.charAt(j) == '$')) {
            j++;
        }
        String w = text.substring(i, j);
        if (firstWord == null) {
            firstWord = w;
        } else if (w.equalsIgnoreCase("BEGIN") && firstWord.equalsIgnoreCase("CREATE")) {
            block = true;
        }
        lastWordEnd = w.equalsIgnoreCase("END");
        return j;
    }

    private void endStatement(int semicolon) {
        if (block && !lastWordEnd) {
            return;
        }
        if (hasSql) {
            statements.add(text.substring(start, semicolon).trim());
        }
        start = semicolon + 1;
        hasSql = false;
        firstWord = null;
        block = false;
        lastWordEnd = false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
