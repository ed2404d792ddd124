package io.sqlwire.mysql;

import io.sqlwire.core.sql.SqlLexer;
import io.sqlwire.core.sql.SqlToken;
import io.sqlwire.core.sql.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code executemany} of an {@code INSERT}/{@code REPLACE ... VALUES (...)} as multi-row inserts:
 * the one parenthesised row is repeated with each parameter set's literals, in statements of up
 * to {@link #MAX_STATEMENT} characters, so n rows take a few round trips instead of n. Only a
 * statement whose placeholders all sit in that row qualifies (an {@code ON DUPLICATE KEY UPDATE}
 * tail without placeholders is kept); anything else runs row by row.
 *
 * @param prefix the text up to the row's opening parenthesis
 * @param row the row, parentheses included
 * @param suffix the text after the row
 */
record InsertRewrite(String prefix, String row, String suffix) {
    /** Bound on one rewritten statement, well below every server's max_allowed_packet default. */
    static final int MAX_STATEMENT = 1 << 20;

    static Optional<InsertRewrite> of(String sql, SqlLexer lexer) {
        List<SqlToken> tokens = lexer.tokenize(sql).stream().filter(t -> !t.kind().isTrivia()).toList();
        if (tokens.isEmpty() || !isWord(tokens.get(0), sql, "insert", "replace")) {
            return Optional.empty();
        }
        int values = -1;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (t.kind() == TokenKind.SEMICOLON || (values < 0 && t.kind().isPlaceholder())) {
                return Optional.empty();
            }
            if (values < 0 && isWord(t, sql, "values", "value")) {
                values = i;
            }
        }
        if (values < 0 || values + 1 >= tokens.size() || !tokens.get(values + 1).text(sql).startsWith("(")) {
            return Optional.empty();
        }
        int start = tokens.get(values + 1).start();
        int end = closingParen(tokens.subList(values + 1, tokens.size()), sql);
        if (end < 0 || tokens.stream().anyMatch(t -> t.start() >= end && t.kind().isPlaceholder())) {
            return Optional.empty();
        }
        String suffix = sql.substring(end);
        String tail = suffix.strip().toLowerCase(Locale.ROOT);
        if (!tail.isEmpty() && !tail.startsWith("on duplicate key update")) {
            return Optional.empty(); // a second row, RETURNING, ...: keep the statement as written
        }
        return Optional.of(new InsertRewrite(sql.substring(0, start), sql.substring(start, end), suffix));
    }

    /** The offset just after the parenthesis that closes the one opening the first token, or -1. */
    private static int closingParen(List<SqlToken> tokens, String sql) {
        int depth = 0;
        for (SqlToken t : tokens) {
            if (t.kind() != TokenKind.OTHER) {
                continue;
            }
            String text = t.text(sql);
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (depth == 0 && c == ')') {
                    return t.start() + k + 1;
                }
            }
        }
        return -1;
    }

    private static boolean isWord(SqlToken t, String sql, String... words) {
        if (t.kind() != TokenKind.WORD) {
            return false;
        }
        String w = t.text(sql).toLowerCase(Locale.ROOT);
        for (String candidate : words) {
            if (w.equals(candidate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The multi-row statements for these parameter sets.
     *
     * @param literals renders one parameter set's values as literals
     * @throws io.sqlwire.ProgrammingException when a set has the wrong number of values
     */
    List<String> statements(List<Object[]> sets, Function<Object[], List<String>> literals, SqlLexer lexer) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder(prefix);
        int rows = 0;
        for (Object[] set : sets) {
            String rendered = lexer.interpolate(row, literals.apply(set == null ? new Object[0] : set));
            if (rows > 0 && b.length() + rendered.length() + suffix.length() > MAX_STATEMENT) {
                out.add(b.append(suffix).toString());
                b = new StringBuilder(prefix);
                rows = 0;
            }
            b.append(rows++ > 0 ? ", " : "").append(rendered);
        }
        if (rows > 0) {
            out.add(b.append(suffix).toString());
        }
        return out;
    }
}
