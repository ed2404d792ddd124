package io.sqlwire.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits an SQL text into statements at top-level semicolons, as SQLite itself reads it:
 * semicolons inside {@code '...'}, {@code "..."}, {@code `...`}, {@code [...]}, {@code --} and
 * {@code /* * /} comments do not count, nor do those inside the {@code BEGIN ... END} body of a
 * {@code CREATE TRIGGER} (where {@code CASE ... END} nests). Statements that hold only
 * whitespace and comments are dropped: sqlite-jdbc cannot prepare them.
 */
final class SqliteScript {

    private static final Set<String> MAIN_VERBS = Set.of("SELECT", "INSERT", "REPLACE", "UPDATE", "DELETE", "VALUES");

    private final String sql;
    private final List<SqliteStatement> statements = new ArrayList<>();
    private int pos;

    // state of the statement being read
    private int start;
    private boolean significant;
    private String verb;
    private int wordCount;
    private boolean trigger;
    private int blockDepth;
    private int parenDepth;

    private SqliteScript(String sql) {
        this.sql = sql;
    }

    /** The statements of {@code sql}, in order; empty when it has none. */
    static List<SqliteStatement> split(String sql) {
        SqliteScript script = new SqliteScript(sql);
        script.run();
        return script.statements;
    }

    private void run() {
        resetStatement(0);
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (c == '\'' || c == '"' || c == '`') {
                skipQuoted(c);
            } else if (c == '[') {
                significant = true;
                pos = after("]", pos + 1);
                continue;
            } else if (c == '-' && next() == '-') {
                pos = after("\n", pos + 2);
                continue;
            } else if (c == '/' && next() == '*') {
                pos = after("*/", pos + 2);
                continue;
            } else if (c == ';') {
                if (blockDepth == 0) {
                    endStatement(pos);
                    resetStatement(pos + 1);
                }
                pos++;
                continue;
            } else if (isWordStart(c)) {
                word();
                continue;
            } else if (!Character.isWhitespace(c)) {
                punctuation(c);
            }
            pos++;
        }
        endStatement(sql.length());
    }

    private void skipQuoted(char quote) {
        significant = true;
        pos++;
        while (pos < sql.length()) {
            if (sql.charAt(pos) == quote) {
                if (next() != quote) {
                    return;
                }
                pos++;
            }
            pos++;
        }
    }

    /** The position just past the first {@code end} at or after {@code from}, or the end of the text. */
    private int after(String end, int from) {
        int at = sql.indexOf(end, from);
        return at < 0 ? sql.length() : at + end.length();
    }

    private void punctuation(char c) {
        significant = true;
        if (c == '(') {
            parenDepth++;
        } else if (c == ')') {
            parenDepth--;
        }
    }

    private void word() {
        int begin = pos;
        while (pos < sql.length() && isWordPart(sql.charAt(pos))) {
            pos++;
        }
        significant = true;
        String word = sql.substring(begin, pos).toUpperCase(Locale.ROOT);
        wordCount++;
        if (wordCount == 1) {
            verb = word;
        } else if (verb.equals("WITH") && parenDepth == 0 && MAIN_VERBS.contains(word)) {
            verb = word;
        } else if (verb.equals("CREATE") && wordCount <= 3 && word.equals("TRIGGER")) {
            trigger = true;
        }
        if (trigger) {
            if (word.equals("BEGIN") || word.equals("CASE")) {
                blockDepth++;
            } else if (word.equals("END") && blockDepth > 0) {
                blockDepth--;
            }
        }
    }

    private void resetStatement(int at) {
        start = at;
        significant = false;
        verb = "";
        wordCount = 0;
        trigger = false;
        blockDepth = 0;
        parenDepth = 0;
    }

    private void endStatement(int end) {
        if (significant) {
            statements.add(new SqliteStatement(sql.substring(start, end).strip(), verb));
        }
    }

    private char next() {
        return pos + 1 < sql.length() ? sql.charAt(pos + 1) : '\0';
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
