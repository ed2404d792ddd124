package io.sqlwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlSplitterTest {

    private static List<String> split(String sql, String backend) {
        return SqlSplitter.split(sql, backend).statements();
    }

    @Test
    void splitsAtSemicolonsAndKeepsTheUnterminatedRest() {
        SqlSplitter.Split s = SqlSplitter.split("select 1; select 2;\nselect 3", "sqlite");
        assertThat(s.statements()).containsExactly("select 1", "select 2");
        assertThat(s.rest()).isEqualTo("\nselect 3");
        assertThat(s.restHasSql()).isTrue();
    }

    @Test
    void semicolonsInsideLiteralsIdentifiersAndCommentsDoNotSplit() {
        String sql = "select 'a;b', \"c;d\" -- e;f\n, /* g;h */ 1; select 'it''s;'";
        assertThat(split(sql + ";", "postgresql"))
                .containsExactly("select 'a;b', \"c;d\" -- e;f\n, /* g;h */ 1", "select 'it''s;'");
    }

    @Test
    void dropsEmptyAndCommentOnlyStatements() {
        SqlSplitter.Split s = SqlSplitter.split(";; -- only a comment\n; select 1; /* tail */", "sqlite");
        assertThat(s.statements()).containsExactly("select 1");
        assertThat(s.restHasSql()).isFalse();
    }

    @Test
    void postgresDollarQuotesAndNestedComments() {
        String body = "create function f() returns int as $fn$ begin return 1; end $fn$ language plpgsql";
        assertThat(split(body + "; select $$a;b$$;", "postgresql")).containsExactly(body, "select $$a;b$$");
        assertThat(split("/* a /* b; */ c; */ select 1; select $1;", "postgresql"))
                .containsExactly("/* a /* b; */ c; */ select 1", "select $1");
    }

    @Test
    void postgresEscapeStringsHonourBackslashButStandardStringsDoNot() {
        assertThat(split("select E'a\\';b'; select 'c\\'; select 2;", "postgresql"))
                .containsExactly("select E'a\\';b'", "select 'c\\'", "select 2");
    }

    @Test
    void mysqlBackslashesBackticksAndHashComments() {
        assertThat(split("select 'a\\';b', `c;d` # x;y\n; select 1--1;", "mysql"))
                .containsExactly("select 'a\\';b', `c;d` # x;y", "select 1--1");
    }

    @Test
    void sqliteBracketIdentifiersAndTriggerBodies() {
        String trigger = "create trigger tr after insert on t begin insert into u values (1); update u set a = 2; end";
        assertThat(split("select [a;b] from t; " + trigger + "; select 1;", "sqlite"))
                .containsExactly("select [a;b] from t", trigger, "select 1");
    }

    @Test
    void unterminatedLiteralSwallowsTheRest() {
        SqlSplitter.Split s = SqlSplitter.split("select 'abc;\ndef;", "sqlite");
        assertThat(s.statements()).isEmpty();
        assertThat(s.restHasSql()).isTrue();
    }

    @Test
    void bufferHandsOutStatementsAsLinesArrive() {
        StatementBuffer b = new StatementBuffer("sqlite");
        assertThat(b.add("insert into t\n")).isEmpty();
        assertThat(b.hasPendingSql()).isTrue();
        assertThat(b.add("values ('x;\n")).isEmpty();
        assertThat(b.add("y'); select 1\n")).containsExactly("insert into t\nvalues ('x;\ny')");
        assertThat(b.drain()).isEqualTo("select 1");
        assertThat(b.drain()).isNull();
    }

    @Test
    void tagNamesTheVerbAndCountsRowChanges() {
        assertThat(Tags.tag("insert into t values (1),(2)", 2)).isEqualTo("INSERT 2");
        assertThat(Tags.tag("-- note\n/* c */ Delete from t", 0)).isEqualTo("DELETE 0");
        assertThat(Tags.tag("create table t(a int)", 0)).isEqualTo("CREATE");
        assertThat(Tags.tag("update t set a = 1", -1)).isEqualTo("UPDATE");
        assertThat(Tags.tag("  ", 0)).isEqualTo("OK");
    }
}
