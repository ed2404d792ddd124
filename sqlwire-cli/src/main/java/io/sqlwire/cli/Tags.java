package io.sqlwire.cli;

import java.util.Locale;
import java.util.Set;

/**
 * The status line for a statement that returned no rows, in the style of a command tag:
 * the statement's first keyword, followed by the row count for statements that change rows
 * ({@code INSERT 2}, {@code DELETE 0}) and alone for the rest ({@code CREATE}).
 */
final class Tags {
    private static final Set<String> COUNTED =
            Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "REPLACE", "UPSERT", "COPY", "SELECT", "WITH");

    private Tags() {
    }

    static String tag(String sql, long rowcount) {
        String verb = firstWord(sql);
        if (verb.isEmpty()) {
            return "OK";
        }
        return COUNTED.contains(verb) && rowcount >= 0 ? verb + " " + rowcount : verb;
    }

    /** The first word after blanks, comments and opening parentheses, upper-cased; empty when none. */
    static String firstWord(String sql) {
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else if (sql.startsWith("--", i)) {
                int eol = sql.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else {
                break;
            }
        }
        int start = i;
        while (i < n && Character.isLetter(sql.charAt(i))) {
            i++;
        }
        return sql.substring(start, i).toUpperCase(Locale.ROOT);
    }
}
