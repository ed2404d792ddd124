package io.sqlwire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.ProgrammingException;
import io.sqlwire.core.sql.SqlLexer;
import org.junit.jupiter.api.Test;

class StatementBufferTest {

    @Test
    void handsOutStatementsAsLinesArrive() {
        StatementBuffer b = new StatementBuffer("sqlite");
        assertThat(b.add("insert into t\n")).isEmpty();
        assertThat(b.hasPendingSql()).isTrue();
        assertThat(b.add("values ('x;\n")).isEmpty();
        assertThat(b.add("y'); select 1\n")).containsExactly("insert into t\nvalues ('x;\ny')");
        assertThat(b.drain()).containsExactly("select 1");
        assertThat(b.drain()).isEmpty();
    }

    @Test
    void severalStatementsOnOneLineAndEmptyOnesDropped() {
        StatementBuffer b = new StatementBuffer("postgresql");
        assertThat(b.add("select 1;; select $$a;b$$; -- done;\n")).containsExactly("select 1", "select $$a;b$$");
        assertThat(b.hasPendingSql()).isFalse();
    }

    @Test
    void commentOnlyInputIsNotAStatement() {
        StatementBuffer b = new StatementBuffer("mysql");
        b.add("# a comment\n");
        b.add("-- another\n");
        assertThat(b.hasPendingSql()).isFalse();
        assertThat(b.drain()).isEmpty();
    }

    @Test
    void triggerBodyStaysWholeUntilItsEnd() {
        StatementBuffer b = new StatementBuffer("sqlite");
        assertThat(b.add("create trigger tr after insert on t begin\n")).isEmpty();
        assertThat(b.add("  insert into u values (1);\n")).isEmpty();
        assertThat(b.add("end;\n")).containsExactly("create trigger tr after insert on t begin\n  insert into u values (1);\nend");
    }

    @Test
    void inputEndingInsideAStringIsAnError() {
        StatementBuffer b = new StatementBuffer("sqlite");
        b.add("select 'abc\n");
        assertThatThrownBy(b::drain).isInstanceOf(ProgrammingException.class).hasMessageContaining("unterminated");
    }

    @Test
    void tagNamesTheVerbAndCountsRowChanges() {
        SqlLexer lexer = SqlLexer.postgresql();
        assertThat(Tags.tag(lexer, "insert into t values (1),(2)", 2)).isEqualTo("INSERT 2");
        assertThat(Tags.tag(lexer, "-- note\n/* c /* nested */ */ Delete from t", 0)).isEqualTo("DELETE 0");
        assertThat(Tags.tag(lexer, "create table t(a int)", 0)).isEqualTo("CREATE");
        assertThat(Tags.tag(lexer, "update t set a = 1", -1)).isEqualTo("UPDATE");
        assertThat(Tags.tag(lexer, "  ", 0)).isEqualTo("OK");
    }
}
