package io.sqlwire.core.sql;

import io.sqlwire.ProgrammingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * The SQL lexer shared by the backends: finds placeholders, rewrites them, and splits scripts
 * into statements, in one pass over the characters and without regular expressions. Text inside
 * string literals, quoted identifiers, comments and dollar quotes is never taken for a
 * placeholder or a separator.
 *
 * <p>Placeholders: {@code ?} is a positional placeholder on every dialect. PostgreSQL also has
 * {@code $1}, {@code $2}, ... and SQLite {@code ?NNN}; one statement may not mix the positional
 * and numbered styles. SQLite's named parameters ({@code :name}, {@code @name}, {@code $name})
 * are left to SQLite and not recognized here.
 *
 * <p><b>The {@code ??} escape (PostgreSQL only).</b> PostgreSQL has operators that contain a
 * question mark: jsonb's {@code ?}, {@code ?|} and {@code ?&}, and geometric ones such as
 * {@code ?-} and {@code ?||}, and jsonpath's {@code @?}. Outside literals every {@code ?} is a
 * placeholder, so write such an operator with a doubled question mark: {@code data ?? 'key'},
 * {@code tags ??| array['a']}, {@code doc @?? '$.a'}.
 * The rewriting methods turn each {@code ??} back into a single {@code ?} before the text goes
 * to the server. A statement that uses {@code $n} placeholders needs the same escape. On MySQL
 * and SQLite {@code ??} is two placeholders. Function forms such as
 * {@code jsonb_exists(data, 'key')} avoid the question.
 *
 * <p>Dialect switches: on PostgreSQL {@link #standardConformingStrings()} (on by default, as on
 * every server since 9.1) makes backslashes plain characters in {@code '...'} strings, while
 * {@code E'...'} strings always take backslash escapes. On MySQL {@link #backslashEscapes()}
 * (on unless the server's sql_mode has NO_BACKSLASH_ESCAPES) makes a backslash escape the next
 * character in {@code '...'} and {@code "..."} strings, and {@link #ansiQuotes()} (sql_mode
 * ANSI_QUOTES) makes {@code "..."} an identifier.
 *
 * <p>MySQL's executable comments ({@code /*!50100 ... *}{@code /}) and optimizer hints
 * ({@code /*+ ... *}{@code /}) are comments to this lexer: placeholders and separators inside
 * them are not seen.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param dialect the lexical rules to follow
 * @param standardConformingStrings PostgreSQL: whether {@code '...'} strings ignore backslashes
 * @param backslashEscapes MySQL: whether a backslash escapes the next character in strings
 * @param ansiQuotes MySQL: whether {@code "..."} quotes an identifier rather than a string
 */
public record SqlLexer(Dialect dialect, boolean standardConformingStrings, boolean backslashEscapes,
        boolean ansiQuotes) {

    // PostgreSQL's Bind message counts parameters in an unsigned 16-bit field.
    private static final int MAX_PARAMETER_NUMBER = 65535;

    public SqlLexer {
        Objects.requireNonNull(dialect, "dialect");
    }

    /** A lexer with the server defaults of the dialect. */
    public static SqlLexer of(Dialect dialect) {
        return new SqlLexer(dialect, true, true, false);
    }

    /** PostgreSQL with standard_conforming_strings on. */
    public static SqlLexer postgresql() {
        return of(Dialect.POSTGRESQL);
    }

    /** MySQL/MariaDB with backslash escapes and without ANSI_QUOTES. */
    public static SqlLexer mysql() {
        return of(Dialect.MYSQL);
    }

    /** SQLite. */
    public static SqlLexer sqlite() {
        return of(Dialect.SQLITE);
    }

    /** This lexer with PostgreSQL's standard_conforming_strings set to {@code on}. */
    public SqlLexer withStandardConformingStrings(boolean on) {
        return new SqlLexer(dialect, on, backslashEscapes, ansiQuotes);
    }

    /** This lexer following MySQL's NO_BACKSLASH_ESCAPES sql_mode when {@code on}. */
    public SqlLexer withNoBackslashEscapes(boolean on) {
        return new SqlLexer(dialect, standardConformingStrings, !on, ansiQuotes);
    }

    /** This lexer following MySQL's ANSI_QUOTES sql_mode when {@code on}. */
    public SqlLexer withAnsiQuotes(boolean on) {
        return new SqlLexer(dialect, standardConformingStrings, backslashEscapes, on);
    }

    /** Every token of {@code sql}, in order; unterminated constructs run to the end of the text. */
    public List<SqlToken> tokenize(String sql) {
        SqlScanner scanner = new SqlScanner(sql, this);
        List<SqlToken> tokens = new ArrayList<>();
        while (scanner.next()) {
            tokens.add(scanner.token());
        }
        return tokens;
    }

    /**
     * The placeholders of one statement.
     *
     * @throws ProgrammingException when the statement mixes {@code ?} with numbered placeholders,
     *     or a numbered placeholder is 0 or above 65535, naming the line and column
     */
    public Placeholders placeholders(String sql) {
        SqlScanner s = new SqlScanner(sql, this);
        List<Placeholder> found = new ArrayList<>();
        PlaceholderStyle style = PlaceholderStyle.NONE;
        int firstStart = -1;
        int firstEnd = -1;
        int count = 0;
        boolean escapes = false;
        while (s.next()) {
            if (s.kind == TokenKind.ESCAPED_QUESTION_MARK) {
                escapes = true;
            }
            if (!s.kind.isPlaceholder()) {
                continue;
            }
            PlaceholderStyle tokenStyle = s.kind == TokenKind.POSITIONAL_PARAMETER
                    ? PlaceholderStyle.POSITIONAL : PlaceholderStyle.NUMBERED;
            if (style == PlaceholderStyle.NONE) {
                style = tokenStyle;
                firstStart = s.start;
                firstEnd = s.end;
            } else if (style != tokenStyle) {
                throw mixed(sql, firstStart, firstEnd, s.start, s.end);
            }
            int number = tokenStyle == PlaceholderStyle.POSITIONAL ? found.size() + 1 : checkedNumber(sql, s);
            count = Math.max(count, number);
            found.add(new Placeholder(number, s.start, s.end));
        }
        return new Placeholders(style, count, found, escapes);
    }

    /**
     * Rewrites {@code ?} placeholders to {@code $1}, {@code $2}, ... for PostgreSQL's extended
     * protocol and turns {@code ??} into {@code ?}. Text with {@code $n} placeholders keeps them.
     *
     * @throws ProgrammingException as {@link #placeholders(String)}
     */
    public NumberedSql toNumbered(String sql) {
        Placeholders p = placeholders(sql);
        if (!p.needsRewrite()) {
            return new NumberedSql(sql, p.count());
        }
        boolean positional = p.style() == PlaceholderStyle.POSITIONAL;
        String text = rewrite(sql, p, n -> positional ? "$" + n : null);
        return new NumberedSql(text, p.count());
    }

    /**
     * Client-side interpolation, as the MySQL text protocol needs: replaces each placeholder by
     * the literal at its parameter number ({@code literals.get(n - 1)}) and {@code ??} by
     * {@code ?} on PostgreSQL. The caller renders the literals, quoting and escaping included; a
     * space is added where a literal would otherwise merge with the text next to it.
     *
     * @throws ProgrammingException when the number of literals differs from the number of
     *     parameters, or as {@link #placeholders(String)}
     */
    public String interpolate(String sql, List<String> literals) {
        Placeholders p = placeholders(sql);
        if (literals.size() != p.count()) {
            throw new ProgrammingException("the statement has " + p.count() + " parameter placeholder(s) but "
                    + literals.size() + " parameter value(s) were given");
        }
        if (p.style() == PlaceholderStyle.NONE && !p.escapedQuestionMarks()) {
            return sql;
        }
        return rewrite(sql, p, n -> Objects.requireNonNull(literals.get(n - 1), "literal for parameter " + n));
    }

    /**
     * Splits a script into statements on {@code ;} outside literals, comments and dollar quotes.
     * Pieces holding only white space and comments are dropped. The {@code BEGIN ... END} body of
     * {@code CREATE TRIGGER}, {@code CREATE FUNCTION}/{@code PROCEDURE} (PostgreSQL's
     * {@code BEGIN ATOMIC}, MySQL's compound statements) and {@code CREATE EVENT} stays in one
     * statement.
     */
    public SplitResult split(String script) {
        return new StatementSplitter(script, this).split();
    }

    /**
     * Whether {@code buffer} ends with a complete statement, as an interactive shell asks before
     * running what was typed: a {@code ;} closes the last statement, with nothing open after it.
     */
    public boolean endsWithCompleteStatement(String buffer) {
        return split(buffer).isComplete();
    }

    private String rewrite(String sql, Placeholders p, IntFunction<String> replacement) {
        StringBuilder out = new StringBuilder(sql.length() + 8 * p.placeholders().size());
        SqlScanner s = new SqlScanner(sql, this);
        int copied = 0;
        int index = 0;
        while (s.next()) {
            String text;
            if (s.kind == TokenKind.ESCAPED_QUESTION_MARK) {
                text = "?";
            } else if (s.kind.isPlaceholder()) {
                text = replacement.apply(p.placeholders().get(index++).number());
                if (text == null) {
                    continue;
                }
            } else {
                continue;
            }
            out.append(sql, copied, s.start);
            appendSeparated(out, text, s.end < sql.length() ? sql.charAt(s.end) : ' ');
            copied = s.end;
        }
        return out.append(sql, copied, sql.length()).toString();
    }

    /** Appends {@code text}, with a space on either side where it would merge with its neighbours. */
    private static void appendSeparated(StringBuilder out, String text, char next) {
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && merges(out.charAt(out.length() - 1), text.charAt(0))) {
            out.append(' ');
        }
        out.append(text);
        if (merges(text.charAt(text.length() - 1), next)) {
            out.append(' ');
        }
    }

    private static boolean merges(char before, char after) {
        return (SqlScanner.isWordChar(before) && SqlScanner.isWordChar(after))
                || (before == '-' && after == '-') || (before == '/' && after == '*');
    }

    private static int checkedNumber(String sql, SqlScanner s) {
        if (s.number < 1 || s.number > MAX_PARAMETER_NUMBER) {
            throw new ProgrammingException("placeholder " + sql.substring(s.start, s.end) + " at "
                    + position(sql, s.start) + " is out of range: numbers run from 1 to " + MAX_PARAMETER_NUMBER);
        }
        return s.number;
    }

    private static ProgrammingException mixed(String sql, int firstStart, int firstEnd, int start, int end) {
        return new ProgrammingException("the statement mixes placeholder styles: "
                + sql.substring(start, end) + " at " + position(sql, start) + " follows "
                + sql.substring(firstStart, firstEnd) + " at " + position(sql, firstStart)
                + "; use either ? or numbered placeholders throughout");
    }

    /** Describes an offset as "line L, column C" (both 1-based). */
    static String position(String sql, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < sql.length(); i++) {
            if (sql.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (offset - lineStart + 1);
    }
}
