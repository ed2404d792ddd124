package io.sqlwire.core.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.ProgrammingException;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {
    private final SqlLexer pg = SqlLexer.postgresql();
    private final SqlLexer my = SqlLexer.mysql();
    private final SqlLexer lite = SqlLexer.sqlite();

    private static List<String> texts(List<SqlStatement> statements) {
        return statements.stream().map(SqlStatement::text).toList();
    }

    @Test
    void splitsOnSemicolonsOutsideQuotes() {
        SplitResult r = pg.split("select 1;\n  select ';', \";\" ; /* ; */ select $$;$$ -- ;\n;");
        assertThat(texts(r.statements())).containsExactly("select 1", "select ';', \";\"",
                "/* ; */ select $$;$$ -- ;");
        assertThat(r.statements().get(1).line()).isEqualTo(2);
        assertThat(r.statements().get(1).start()).isEqualTo(12);
        assertThat(r.tail().text()).isEmpty();
        assertThat(r.open()).isEqualTo(OpenConstruct.NONE);
        assertThat(r.isComplete()).isTrue();
    }

    @Test
    void emptyAndCommentOnlyPiecesAreDropped() {
        SplitResult r = my.split(";;  ; -- only a comment\n; # another\n/* and */; select 1; -- trailing");
        assertThat(texts(r.statements())).containsExactly("select 1");
        assertThat(r.isComplete()).isTrue();
        assertThat(pg.split("  \n").isComplete()).isFalse();
    }

    @Test
    void tailWithoutSemicolon() {
        SplitResult r = lite.split("create table t(a); insert into t values (1)");
        assertThat(texts(r.statements())).containsExactly("create table t(a)");
        assertThat(r.tail().text()).isEqualTo("insert into t values (1)");
        assertThat(r.isComplete()).isFalse();
        assertThat(texts(r.allStatements())).containsExactly("create table t(a)", "insert into t values (1)");
    }

    @Test
    void unterminatedConstructsAreReportedWithTheTail() {
        SplitResult string = pg.split("select 1; select 'abc;\n");
        assertThat(string.open()).isEqualTo(OpenConstruct.STRING);
        assertThat(string.tail().text()).isEqualTo("select 'abc;\n");
        assertThat(string.tail().line()).isEqualTo(1);
        assertThat(pg.split("select $f$ ;").open()).isEqualTo(OpenConstruct.DOLLAR_QUOTE);
        assertThat(pg.split("select /* /* */ ;").open()).isEqualTo(OpenConstruct.BLOCK_COMMENT);
        assertThat(pg.split("select \"a;").open()).isEqualTo(OpenConstruct.QUOTED_IDENTIFIER);
        assertThat(lite.split("select [a;").open()).isEqualTo(OpenConstruct.QUOTED_IDENTIFIER);
        assertThat(my.split("select 'it\\';").open()).isEqualTo(OpenConstruct.STRING);
        assertThat(my.withNoBackslashEscapes(true).split("select 'it\\';").open()).isEqualTo(OpenConstruct.NONE);
        assertThatThrownBy(string::allStatements).isInstanceOf(ProgrammingException.class)
                .hasMessageContaining("unterminated string").hasMessageContaining("line 1");
    }

    @Test
    void nestedCommentsSplitDifferently() {
        String script = "/* a /* b */ ; */ select 1;";
        assertThat(texts(pg.split(script).statements())).containsExactly("/* a /* b */ ; */ select 1");
        assertThat(texts(my.split(script).statements())).containsExactly("*/ select 1");
    }

    @Test
    void shellCompleteness() {
        assertThat(pg.endsWithCompleteStatement("select 1")).isFalse();
        assertThat(pg.endsWithCompleteStatement("select 1;")).isTrue();
        assertThat(pg.endsWithCompleteStatement("select 1;  -- done\n")).isTrue();
        assertThat(pg.endsWithCompleteStatement("select 1; select")).isFalse();
        assertThat(pg.endsWithCompleteStatement("select 1 -- ;")).isFalse();
        assertThat(pg.endsWithCompleteStatement("select $$;")).isFalse();
        assertThat(pg.endsWithCompleteStatement("select $$;$$;")).isTrue();
        assertThat(pg.endsWithCompleteStatement("select 1; /* open")).isFalse();
        assertThat(my.endsWithCompleteStatement("select 1; # note")).isTrue();
        assertThat(my.endsWithCompleteStatement("select 1 --;")).isTrue();
    }

    @Test
    void sqliteTriggerBodyStaysWhole() {
        String script = """
                create trigger tr after insert on t begin
                  insert into log values (new.a, case when new.a > 0 then 'pos' else 'neg' end);
                  update c set n = n + 1;
                end;
                select 1;""";
        SplitResult r = lite.split(script);
        assertThat(r.statements()).hasSize(2);
        assertThat(r.statements().get(0).text()).startsWith("create trigger").endsWith("end");
        assertThat(r.statements().get(1).line()).isEqualTo(5);
        assertThat(lite.endsWithCompleteStatement("create temp trigger tr after insert on t begin select 1;"))
                .isFalse();
        assertThat(lite.split("create trigger tr after insert on t begin select 1;").open())
                .isEqualTo(OpenConstruct.BLOCK);
    }

    @Test
    void postgresBeginAtomicBody() {
        String script = """
                CREATE OR REPLACE PROCEDURE ins(a int) LANGUAGE sql
                BEGIN ATOMIC
                  INSERT INTO t VALUES (a);
                  INSERT INTO t VALUES (a + 1);
                END;
                BEGIN; COMMIT;""";
        assertThat(texts(pg.split(script).statements())).hasSize(3).endsWith("BEGIN", "COMMIT");
        assertThat(texts(pg.split("create function f() returns int as $$ begin return 1; end $$ language plpgsql;"
                + " select 2;").statements())).hasSize(2);
    }

    @Test
    void mysqlCompoundStatements() {
        String script = """
                CREATE DEFINER=`root`@`%` PROCEDURE p(x INT)
                BEGIN
                  IF x > 0 THEN SELECT 1; ELSE SELECT 2; END IF;
                  CASE x WHEN 1 THEN SELECT 3; ELSE BEGIN END; END CASE;
                  lbl: LOOP LEAVE lbl; END LOOP lbl;
                  WHILE x > 0 DO SET x = x - 1; END WHILE;
                  REPEAT SET x = x + 1; UNTIL x > 3 END REPEAT;
                END;
                SELECT 4;""";
        List<String> statements = texts(my.split(script).statements());
        assertThat(statements).hasSize(2);
        assertThat(statements.get(1)).isEqualTo("SELECT 4");
    }

    @Test
    void beginOutsideRoutinesIsATransaction() {
        assertThat(texts(lite.split("begin; select case when 1 then 2 end; end;").statements()))
                .containsExactly("begin", "select case when 1 then 2 end", "end");
        assertThat(texts(lite.split("create table function_log(begin_at int); select 1;").statements())).hasSize(2);
    }
}
