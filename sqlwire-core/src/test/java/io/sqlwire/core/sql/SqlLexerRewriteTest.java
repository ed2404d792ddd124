package io.sqlwire.core.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.ProgrammingException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlLexerRewriteTest {
    private final SqlLexer pg = SqlLexer.postgresql();
    private final SqlLexer my = SqlLexer.mysql();

    @Test
    void positionalToNumbered() {
        NumberedSql n = pg.toNumbered("insert into t(a, b) values (?, ?) returning '?'");
        assertThat(n.sql()).isEqualTo("insert into t(a, b) values ($1, $2) returning '?'");
        assertThat(n.parameterCount()).isEqualTo(2);
    }

    @Test
    void numberedTextIsKeptAsItIs() {
        String sql = "select $2, $1";
        NumberedSql n = pg.toNumbered(sql);
        assertThat(n.sql()).isSameAs(sql);
        assertThat(n.parameterCount()).isEqualTo(2);
    }

    @Test
    void escapedQuestionMarksAreRestored() {
        assertThat(pg.toNumbered("select data ?? 'k', tags ??| array['a'] from t where id = ?").sql())
                .isEqualTo("select data ? 'k', tags ?| array['a'] from t where id = $1");
        assertThat(pg.toNumbered("select data ?? $1").sql()).isEqualTo("select data ? $1");
        assertThat(pg.toNumbered("select '??' ?? ?").sql()).isEqualTo("select '??' ? $1");
    }

    @Test
    void rewrittenPlaceholdersDoNotMergeWithNeighbours() {
        // x?  would become x$1, an identifier; ?1 would become $11.
        assertThat(pg.toNumbered("select x?").sql()).isEqualTo("select x $1");
        assertThat(pg.toNumbered("select ?1").sql()).isEqualTo("select $1 1");
        assertThat(pg.toNumbered("select (?)").sql()).isEqualTo("select ($1)");
    }

    @Test
    void interpolateLiterals() {
        String sql = "insert into t values (?, ?, '?', `?`) # ?";
        assertThat(my.interpolate(sql, List.of("1", "'it\\'s'")))
                .isEqualTo("insert into t values (1, 'it\\'s', '?', `?`) # ?");
    }

    @Test
    void interpolateNumberedLiteralsMayRepeat() {
        assertThat(pg.interpolate("select $2, $1, $2", List.of("'a'", "NULL"))).isEqualTo("select NULL, 'a', NULL");
    }

    @Test
    void interpolateKeepsTokensApart() {
        assertThat(my.interpolate("select 1-?", List.of("-1"))).isEqualTo("select 1- -1");
        assertThat(my.interpolate("select ?from t", List.of("1"))).isEqualTo("select 1 from t");
    }

    @Test
    void interpolateChecksTheNumberOfValues() {
        assertThatThrownBy(() -> my.interpolate("select ?, ?", List.of("1")))
                .isInstanceOf(ProgrammingException.class)
                .hasMessageContaining("2 parameter placeholder(s) but 1 parameter value(s)");
        assertThat(my.interpolate("select 1", List.of())).isEqualTo("select 1");
    }

    @Test
    void interpolateUnescapesOnPostgres() {
        assertThat(pg.interpolate("select j ?? ?", List.of("'k'"))).isEqualTo("select j ? 'k'");
    }

    @Test
    void largeInputIsScannedInOnePass() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sb.append("select 'a;b', ? /* ; */ from t -- x\n;");
        }
        String script = sb.toString();
        assertThat(my.placeholders(script).count()).isEqualTo(20_000);
        assertThat(my.split(script).statements()).hasSize(20_000);
    }
}
