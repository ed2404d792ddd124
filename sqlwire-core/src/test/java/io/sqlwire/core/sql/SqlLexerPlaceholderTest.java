package io.sqlwire.core.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.ProgrammingException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlLexerPlaceholderTest {
    private final SqlLexer pg = SqlLexer.postgresql();
    private final SqlLexer my = SqlLexer.mysql();
    private final SqlLexer lite = SqlLexer.sqlite();

    private static List<Integer> starts(Placeholders p) {
        return p.placeholders().stream().map(Placeholder::start).toList();
    }

    @Test
    void positionalPlaceholdersOnEveryDialect() {
        String sql = "select * from t where a = ? and b in (?, ?)";
        for (SqlLexer lexer : List.of(pg, my, lite)) {
            Placeholders p = lexer.placeholders(sql);
            assertThat(p.style()).isEqualTo(PlaceholderStyle.POSITIONAL);
            assertThat(p.count()).isEqualTo(3);
            assertThat(starts(p)).containsExactly(26, 38, 41);
            assertThat(p.placeholders()).extracting(Placeholder::number).containsExactly(1, 2, 3);
        }
    }

    @Test
    void noPlaceholders() {
        Placeholders p = pg.placeholders("select 1");
        assertThat(p.style()).isEqualTo(PlaceholderStyle.NONE);
        assertThat(p.count()).isZero();
        assertThat(p.placeholders()).isEmpty();
    }

    @Test
    void postgresNumberedPlaceholdersCountTheHighest() {
        Placeholders p = pg.placeholders("select $2::int, $1, $2 || $3");
        assertThat(p.style()).isEqualTo(PlaceholderStyle.NUMBERED);
        assertThat(p.count()).isEqualTo(3);
        assertThat(p.placeholders()).extracting(Placeholder::number).containsExactly(2, 1, 2, 3);
        assertThat(p.placeholders().get(0)).isEqualTo(new Placeholder(2, 7, 9));
    }

    @Test
    void dollarInsideAnIdentifierIsNotAParameter() {
        assertThat(pg.placeholders("select a$1, b$2$ from t").style()).isEqualTo(PlaceholderStyle.NONE);
    }

    @Test
    void mixingStylesIsAnErrorNamingThePosition() {
        assertThatThrownBy(() -> pg.placeholders("select ?,\n  $1"))
                .isInstanceOf(ProgrammingException.class)
                .hasMessageContaining("$1 at line 2, column 3")
                .hasMessageContaining("? at line 1, column 8");
        assertThatThrownBy(() -> lite.placeholders("select ?1, ?"))
                .isInstanceOf(ProgrammingException.class)
                .hasMessageContaining("? at line 1, column 12");
    }

    @Test
    void outOfRangeNumbersAreRejected() {
        assertThatThrownBy(() -> pg.placeholders("select $0")).isInstanceOf(ProgrammingException.class)
                .hasMessageContaining("$0 at line 1, column 8");
        assertThatThrownBy(() -> pg.placeholders("select $99999999999999")).isInstanceOf(ProgrammingException.class);
        assertThat(pg.placeholders("select $65535").count()).isEqualTo(65535);
    }

    @Test
    void placeholdersInLiteralsIdentifiersAndCommentsAreIgnored() {
        String sql = "select '?', \"?\", E'\\'?', $$ ? ; $$, $q$ ?$$? $q$ -- ?\n /* ? /* ? */ ? */ , ?";
        Placeholders p = pg.placeholders(sql);
        assertThat(p.count()).isEqualTo(1);
        assertThat(starts(p)).containsExactly(sql.length() - 1);
    }

    @Test
    void nestedCommentsOnlyOnPostgres() {
        // In MySQL and SQLite the first */ closes the comment, so the second ? is live.
        String sql = "/* a /* b */ ? */ ?";
        assertThat(pg.placeholders(sql).count()).isEqualTo(1);
        assertThat(my.placeholders(sql).count()).isEqualTo(2);
        assertThat(lite.placeholders(sql).count()).isEqualTo(2);
    }

    @Test
    void escapeStringsTakeBackslashes() {
        // E'\'' is one quote; the ? after it is live.
        assertThat(pg.placeholders("select E'\\'', ?").count()).isEqualTo(1);
        assertThat(pg.placeholders("select e'it\\'s ?' || ?").count()).isEqualTo(1);
        // A word ending in e is not an E prefix.
        assertThat(pg.placeholders("select some'\\', ?").count()).isEqualTo(1);
    }

    @Test
    void standardConformingStringsSwitchesBackslashesInPlainStrings() {
        String sql = "select '\\', ?, '?'";
        assertThat(pg.placeholders(sql).count()).isEqualTo(1);
        // With the setting off the backslash escapes the quote: the string runs to the next quote.
        SqlLexer legacy = pg.withStandardConformingStrings(false);
        assertThat(legacy.placeholders(sql).count()).isEqualTo(1);
        assertThat(legacy.placeholders(sql).placeholders().get(0).start()).isEqualTo(sql.length() - 2);
    }

    @Test
    void mysqlBackslashEscapesAndDoubleQuotedStrings() {
        String sql = "select 'a\\'?', \"b\\\"?\", 'c''?', ?";
        assertThat(my.placeholders(sql).count()).isEqualTo(1);
        // Without backslash escapes 'a\' ends at the backslash, so '?' ... quotes pair up differently.
        SqlLexer noEscapes = my.withNoBackslashEscapes(true);
        assertThat(noEscapes.backslashEscapes()).isFalse();
        assertThat(noEscapes.placeholders("select 'a\\', ?").count()).isEqualTo(1);
        assertThat(my.placeholders("select 'a\\', ?").count()).isZero();
    }

    @Test
    void mysqlAnsiQuotesMakeDoubleQuotesIdentifiers() {
        SqlLexer ansi = my.withAnsiQuotes(true);
        assertThat(ansi.tokenize("\"a\\\"").get(0).kind()).isEqualTo(TokenKind.QUOTED_IDENTIFIER);
        assertThat(my.tokenize("\"a\"").get(0).kind()).isEqualTo(TokenKind.STRING);
    }

    @Test
    void mysqlComments() {
        assertThat(my.placeholders("select 1 # ?\n, ?").count()).isEqualTo(1);
        assertThat(my.placeholders("select 1 -- ?\n, ?").count()).isEqualTo(1);
        assertThat(my.placeholders("select 1 --\t?\n, ?").count()).isEqualTo(1);
        // --? is minus minus placeholder in MySQL, a comment elsewhere.
        assertThat(my.placeholders("select 1 --?").count()).isEqualTo(1);
        assertThat(pg.placeholders("select 1 --?").count()).isZero();
        assertThat(my.tokenize("select --").get(2).kind()).isEqualTo(TokenKind.LINE_COMMENT);
        // # is an operator on PostgreSQL.
        assertThat(pg.placeholders("select 1 # ?").count()).isEqualTo(1);
    }

    @Test
    void backquotesAndBrackets() {
        assertThat(my.placeholders("select `a?``?` from t where x = ?").count()).isEqualTo(1);
        assertThat(lite.placeholders("select [a?], `b?`, \"c?\" from t where x = ?").count()).isEqualTo(1);
        // Brackets are array subscripts on PostgreSQL, backquotes are plain characters.
        assertThat(pg.placeholders("select a[?] from t").count()).isEqualTo(1);
    }

    @Test
    void dollarQuotesHoldPlaceholdersAndSemicolons() {
        String sql = "do $body$ begin perform ?; $x$ ? $x$; end $body$; select $$?$$, $1";
        Placeholders p = pg.placeholders(sql);
        assertThat(p.style()).isEqualTo(PlaceholderStyle.NUMBERED);
        assertThat(p.count()).isEqualTo(1);
    }

    @Test
    void dollarQuoteTagsMustNotStartWithADigit() {
        List<SqlToken> tokens = pg.tokenize("$1$ $a1$x$a1$ $_$y$_$");
        assertThat(tokens).extracting(SqlToken::kind).containsExactly(TokenKind.NUMBERED_PARAMETER,
                TokenKind.OTHER, TokenKind.WHITESPACE, TokenKind.DOLLAR_QUOTED, TokenKind.WHITESPACE,
                TokenKind.DOLLAR_QUOTED);
    }

    @Test
    void castsAfterParameters() {
        Placeholders p = pg.placeholders("select $1::jsonb, $2::text[], '{}'::int[]");
        assertThat(p.placeholders()).extracting(Placeholder::end).containsExactly(9, 20);
        assertThat(pg.toNumbered("select ?::int, '1'::text").sql()).isEqualTo("select $1::int, '1'::text");
    }

    @Test
    void doubledQuestionMarkIsAnEscapedOperatorOnPostgres() {
        Placeholders p = pg.placeholders("select data ?? 'k', tags ??| array['a'], x ??& y from t where id = ?");
        assertThat(p.count()).isEqualTo(1);
        assertThat(p.escapedQuestionMarks()).isTrue();
        // MySQL and SQLite have no ? operators: ?? is two placeholders there.
        assertThat(my.placeholders("select ??").count()).isEqualTo(2);
        // ??? is an escaped ? then a placeholder.
        assertThat(pg.placeholders("select a ??? b").placeholders()).extracting(Placeholder::start).containsExactly(11);
    }

    @Test
    void sqliteNumberedPlaceholders() {
        Placeholders p = lite.placeholders("select ?2, ?1, ?2");
        assertThat(p.style()).isEqualTo(PlaceholderStyle.NUMBERED);
        assertThat(p.count()).isEqualTo(2);
        // $1 is not a placeholder on SQLite (its $name parameters are left to SQLite).
        assertThat(lite.placeholders("select $1").style()).isEqualTo(PlaceholderStyle.NONE);
    }

    @Test
    void unicodeTextAroundPlaceholders() {
        String sql = "select 'héllo ?', ?, \"naïve?\" from tëst where ü = ?";
        assertThat(pg.placeholders(sql).count()).isEqualTo(2);
        assertThat(pg.toNumbered(sql).sql()).isEqualTo("select 'héllo ?', $1, \"naïve?\" from tëst where ü = $2");
    }

    @Test
    void unterminatedConstructsRunToTheEnd() {
        assertThat(pg.placeholders("select 'abc ?").count()).isZero();
        assertThat(pg.placeholders("select $$ ?").count()).isZero();
        assertThat(pg.tokenize("select /* ? /* */").get(2).terminated()).isFalse();
        assertThat(my.tokenize("select 'a\\").get(2).terminated()).isFalse();
        assertThat(lite.tokenize("select [a").get(2).terminated()).isFalse();
    }

    @Test
    void tokensCoverTheWholeText() {
        String sql = "select E'x\\'y', $tag$a$tag$, \"q\"\"r\", -- c\n /* d */ ?; ?? $2";
        List<SqlToken> tokens = pg.tokenize(sql);
        StringBuilder joined = new StringBuilder();
        int expectedStart = 0;
        for (SqlToken t : tokens) {
            assertThat(t.start()).isEqualTo(expectedStart);
            joined.append(t.text(sql));
            expectedStart = t.end();
        }
        assertThat(joined.toString()).isEqualTo(sql);
        assertThat(tokens).extracting(SqlToken::kind).contains(TokenKind.STRING, TokenKind.DOLLAR_QUOTED,
                TokenKind.QUOTED_IDENTIFIER, TokenKind.LINE_COMMENT, TokenKind.BLOCK_COMMENT,
                TokenKind.POSITIONAL_PARAMETER, TokenKind.SEMICOLON, TokenKind.ESCAPED_QUESTION_MARK,
                TokenKind.NUMBERED_PARAMETER);
        assertThat(tokens.get(2)).isEqualTo(new SqlToken(TokenKind.STRING, 7, 14, true, 0));
    }
}
