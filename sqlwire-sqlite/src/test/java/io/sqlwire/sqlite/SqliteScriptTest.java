package io.sqlwire.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqliteScriptTest {

    private static List<String> sql(String text) {
        return SqliteScript.split(text).stream().map(SqliteStatement::sql).toList();
    }

    private static String verb(String text) {
        return SqliteScript.split(text).get(0).verb();
    }

    @Test
    void splitsAtTopLevelSemicolons() {
        assertThat(sql("select 1")).containsExactly("select 1");
        assertThat(sql("select 1; select 2;")).containsExactly("select 1", "select 2");
        assertThat(sql("  select 1  ;\n\n  ")).containsExactly("select 1");
    }

    @Test
    void semicolonsInQuotesAndCommentsDoNotSplit() {
        assertThat(sql("select ';', \"a;b\", `c;d`, [e;f]; select 'it''s;'"))
                .containsExactly("select ';', \"a;b\", `c;d`, [e;f]", "select 'it''s;'");
        assertThat(sql("select 1 -- ; not here\n; /* ; nor here */ select 2"))
                .containsExactly("select 1 -- ; not here", "/* ; nor here */ select 2");
        assertThat(sql("select 1 /**/; select 2")).containsExactly("select 1 /**/", "select 2");
    }

    @Test
    void emptyAndCommentOnlyStatementsAreDropped() {
        assertThat(sql("")).isEmpty();
        assertThat(sql(" ; ;; ")).isEmpty();
        assertThat(sql("-- nothing")).isEmpty();
        assertThat(sql("/* nothing */ ; select 1; -- trailing")).containsExactly("select 1");
    }

    @Test
    void unterminatedTokensRunToTheEnd() {
        assertThat(sql("select 'abc; def")).containsExactly("select 'abc; def");
        assertThat(sql("select 1 /* open; comment")).containsExactly("select 1 /* open; comment");
    }

    @Test
    void triggerBodiesStayWhole() {
        String trigger = "create temp trigger tr after insert on t begin"
                + " insert into u values (1); update u set x = case when 1 then 2 else 3 end; end";
        assertThat(sql(trigger + "; select 1")).containsExactly(trigger, "select 1");
        assertThat(verb(trigger)).isEqualTo("CREATE");
    }

    @Test
    void verbs() {
        assertThat(verb("  SELECT 1")).isEqualTo("SELECT");
        assertThat(verb("/* c */ insert into t values (1)")).isEqualTo("INSERT");
        assertThat(verb("with x(a) as (select 1) insert into t select a from x")).isEqualTo("INSERT");
        assertThat(verb("WITH RECURSIVE x(a) AS (SELECT 1 UNION SELECT a + 1 FROM x) SELECT a FROM x"))
                .isEqualTo("SELECT");
        assertThat(verb("values (1)")).isEqualTo("VALUES");
        assertThat(verb("? ")).isEmpty();
        SqliteStatement insert = SqliteScript.split("replace into t values (1)").get(0);
        assertThat(insert.inserts()).isTrue();
        assertThat(insert.changesRows()).isTrue();
        SqliteStatement pragma = SqliteScript.split("pragma foreign_keys").get(0);
        assertThat(pragma.allowsImplicitBegin()).isFalse();
        assertThat(pragma.changesRows()).isFalse();
    }
}
