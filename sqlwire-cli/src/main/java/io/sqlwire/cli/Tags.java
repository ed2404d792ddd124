package io.sqlwire.cli;

import io.sqlwire.core.sql.SqlLexer;
import io.sqlwire.core.sql.SqlToken;
import io.sqlwire.core.sql.TokenKind;
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

    static String tag(SqlLexer lexer, String sql, long rowcount) {
        String verb = firstWord(lexer, sql);
        if (verb.isEmpty()) {
            return "OK";
        }
        return COUNTED.contains(verb) && rowcount >= 0 ? verb + " " + rowcount : verb;
    }

    /** The first keyword after comments and opening parentheses, upper-cased; empty when there is none. */
    static String firstWord(SqlLexer lexer, String sql) {
        for (SqlToken t : lexer.tokenize(sql)) {
            if (t.kind().isTrivia() || t.kind() == TokenKind.OTHER && sql.charAt(t.start()) == '(') {
                continue;
            }
            String text = t.text(sql);
            return t.kind() == TokenKind.WORD && Character.isLetter(text.charAt(0)) ? text.toUpperCase(Locale.ROOT) : "";
        }
        return "";
    }
}
