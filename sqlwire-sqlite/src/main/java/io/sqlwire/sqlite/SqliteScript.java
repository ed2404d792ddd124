package io.sqlwire.sqlite;

import io.sqlwire.core.sql.SplitResult;
import io.sqlwire.core.sql.SqlLexer;
import io.sqlwire.core.sql.SqlStatement;
import io.sqlwire.core.sql.SqlToken;
import io.sqlwire.core.sql.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits an SQL text into statements with core's SQLite lexer (which keeps {@code CREATE TRIGGER}
 * bodies whole) and finds each statement's verb. Statements that hold only white space and
 * comments are dropped: sqlite-jdbc cannot prepare them. An unterminated string or comment runs
 * to the end of the text, so SQLite itself reports it.
 */
final class SqliteScript {

    private static final SqlLexer LEXER = SqlLexer.sqlite();
    private static final Set<String> MAIN_VERBS = Set.of("SELECT", "INSERT", "REPLACE", "UPDATE", "DELETE", "VALUES");

    private SqliteScript() {
    }

    /** The statements of {@code sql}, in order; empty when it has none. */
    static List<SqliteStatement> split(String sql) {
        SplitResult split = LEXER.split(sql);
        List<SqliteStatement> out = new ArrayList<>();
        for (SqlStatement s : split.statements()) {
            add(out, s.text());
        }
        add(out, split.tail().text());
        return out;
    }

    private static void add(List<SqliteStatement> out, String text) {
        List<SqlToken> tokens = LEXER.tokenize(text);
        String verb = verb(text, tokens);
        if (verb != null) {
            out.add(new SqliteStatement(text.strip(), verb));
        }
    }

    /**
     * The first keyword, or for {@code WITH ...} the main verb after the common table expressions
     * (the first main verb outside parentheses); {@code ""} when the statement does not start with
     * a word, {@code null} when it holds nothing but trivia.
     */
    private static String verb(String text, List<SqlToken> tokens) {
        String verb = null;
        int depth = 0;
        for (SqlToken t : tokens) {
            if (t.kind().isTrivia() || t.kind() == TokenKind.SEMICOLON) {
                continue;
            }
            String word = t.kind() == TokenKind.WORD ? t.text(text).toUpperCase(Locale.ROOT) : null;
            if (verb == null) {
                verb = word == null ? "" : word;
                if (!verb.equals("WITH")) {
                    return verb;
                }
            } else if (t.kind() == TokenKind.OTHER) {
                char c = text.charAt(t.start());
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            } else if (depth == 0 && word != null && MAIN_VERBS.contains(word)) {
                return word;
            }
        }
        return verb;
    }
}
