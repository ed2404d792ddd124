package io.sqlwire.core.sql;

import io.sqlwire.ProgrammingException;
import java.util.ArrayList;
import java.util.List;

/**
 * A script cut into statements by {@link SqlLexer#split(String)}.
 *
 * @param statements the statements that ended with a {@code ;}, in order
 * @param tail what follows the last {@code ;}, without leading white space: a statement still
 *     being typed or one missing its final {@code ;}; its text is empty when only white space and
 *     closed comments follow
 * @param open what is still open at the end of the text, or {@link OpenConstruct#NONE}
 */
public record SplitResult(List<SqlStatement> statements, SqlStatement tail, OpenConstruct open) {

    public SplitResult {
        statements = List.copyOf(statements);
    }

    /** Whether the text ends with a complete statement: nothing open and no text after the last {@code ;}. */
    public boolean isComplete() {
        return !statements.isEmpty() && tail.text().isEmpty() && open == OpenConstruct.NONE;
    }

    /**
     * The statements of a whole script file: {@link #statements()} plus the tail when it holds a
     * statement that lacks its final {@code ;}.
     *
     * @throws ProgrammingException when the script ends inside a string, quoted identifier,
     *     block comment or dollar quote, naming where it starts
     */
    public List<SqlStatement> allStatements() {
        if (open != OpenConstruct.NONE && open != OpenConstruct.BLOCK) {
            throw new ProgrammingException("unterminated " + open.name().toLowerCase().replace('_', ' ')
                    + " in the statement starting at line " + tail.line() + ": the script ends before it closes");
        }
        if (tail.text().isEmpty()) {
            return statements;
        }
        List<SqlStatement> all = new ArrayList<>(statements);
        all.add(new SqlStatement(tail.text().stripTrailing(), tail.start(), tail.line()));
        return List.copyOf(all);
    }
}
