package io.sqlwire.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.ProgrammingException;
import io.sqlwire.core.sql.SqlLexer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InsertRewriteTest {
    static final SqlLexer LEXER = SqlLexer.mysql();

    static List<String> lits(Object[] set) {
        List<String> out = new ArrayList<>();
        for (Object o : set) {
            out.add(MySqlLiterals.literal(o, false));
        }
        return out;
    }

    @Test
    void insertValuesIsRewritten() {
        InsertRewrite r = InsertRewrite.of("INSERT INTO t (a, b) VALUES (?, lower(?))", LEXER).orElseThrow();
        assertThat(r.prefix()).isEqualTo("INSERT INTO t (a, b) VALUES ");
        assertThat(r.row()).isEqualTo("(?, lower(?))");
        assertThat(r.statements(List.of(new Object[] {1, "x'"}, new Object[] {2, null}), InsertRewriteTest::lits, LEXER))
                .containsExactly("INSERT INTO t (a, b) VALUES (1, lower('x\\'')), (2, lower(NULL))");
    }

    @Test
    void onDuplicateKeyTailWithoutPlaceholdersIsKept() {
        InsertRewrite r = InsertRewrite.of("replace t values (?) on duplicate key update n = n + 1", LEXER)
                .orElseThrow();
        assertThat(r.statements(List.of(new Object[] {1}, new Object[] {2}), InsertRewriteTest::lits, LEXER))
                .containsExactly("replace t values (1), (2) on duplicate key update n = n + 1");
    }

    @Test
    void otherShapesRunRowByRow() {
        for (String sql : List.of("update t set a = ?", "insert into t select ?",
                "insert into t values (?) on duplicate key update a = ?", "insert into t values (?), (?)",
                "insert into t values (?); select 1", "insert into t (a) values ('(') returning a")) {
            assertThat(InsertRewrite.of(sql, LEXER)).as(sql).isEmpty();
        }
        assertThat(InsertRewrite.of("insert into t values ('?)', ?)", LEXER).orElseThrow().row()).isEqualTo("('?)', ?)");
    }

    @Test
    void statementsAreSplitBeforeTheBoundAndCountsAreChecked() {
        InsertRewrite r = InsertRewrite.of("insert into t values (?)", LEXER).orElseThrow();
        String big = "x".repeat(InsertRewrite.MAX_STATEMENT / 3);
        List<Object[]> sets = List.of(new Object[] {big}, new Object[] {big}, new Object[] {big},
                new Object[] {big});
        assertThat(r.statements(sets, InsertRewriteTest::lits, LEXER)).hasSize(2)
                .allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(InsertRewrite.MAX_STATEMENT));
        List<Object[]> wrong = List.<Object[]>of(new Object[] {1, 2});
        assertThatThrownBy(() -> r.statements(wrong, InsertRewriteTest::lits, LEXER))
                .isInstanceOf(ProgrammingException.class);
    }
}
