package io.sqlwire.cli;

import io.sqlwire.core.sql.Dialect;
import io.sqlwire.core.sql.SqlLexer;
import io.sqlwire.core.sql.SqlStatement;
import java.util.List;

/**
 * Collects input as it arrives (lines from a file, a pipe or the shell) and hands out each
 * statement once its terminating semicolon has been read. Splitting follows the backend's
 * lexical rules, with its server defaults for quoting.
 */
final class StatementBuffer {
    private final SqlLexer lexer;
    private final StringBuilder pending = new StringBuilder();

    StatementBuffer(String backend) {
        this.lexer = SqlLexer.of(dialect(backend));
    }

    static Dialect dialect(String backend) {
        return switch (backend) {
            case "postgresql" -> Dialect.POSTGRESQL;
            case "mysql" -> Dialect.MYSQL;
            default -> Dialect.SQLITE;
        };
    }

    /** Appends text and returns the statements it completed, in order. */
    List<String> add(String text) {
        pending.append(text);
        if (text.indexOf(';') < 0) {
            return List.of(); // no statement ends without a semicolon, so the rescan can wait
        }
        var split = lexer.split(pending.toString());
        pending.setLength(0);
        pending.append(split.tail().text());
        return texts(split.statements());
    }

    /** Whether the pending text holds more than blanks and closed comments. */
    boolean hasPendingSql() {
        return !pending.isEmpty() && !lexer.split(pending.toString()).tail().text().isEmpty();
    }

    /**
     * The pending statement that lacks its final semicolon, if any, as a list of at most one;
     * the buffer is cleared.
     *
     * @throws io.sqlwire.ProgrammingException when the input ended inside a string, quoted
     *     identifier, comment or dollar quote
     */
    List<String> drain() {
        String text = pending.toString();
        clear();
        return texts(lexer.split(text).allStatements());
    }

    void clear() {
        pending.setLength(0);
    }

    private static List<String> texts(List<SqlStatement> statements) {
        return statements.stream().map(SqlStatement::text).toList();
    }
}
