package io.sqlwire.cli;

import io.sqlwire.Column;
import io.sqlwire.Connection;
import io.sqlwire.Cursor;
import io.sqlwire.NotSupportedException;
import io.sqlwire.Warning;
import io.sqlwire.core.sql.SqlLexer;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Runs statements on one connection and writes their results, warnings going to stderr. */
final class StatementRunner {
    private final Connection connection;
    private final SqlLexer lexer;
    private final PrintStream out;
    private final PrintStream err;
    private OutputFormat format;
    private ResultWriter writer;

    StatementRunner(Connection connection, OutputFormat format, PrintStream out, PrintStream err) {
        this.connection = connection;
        this.lexer = SqlLexer.of(StatementBuffer.dialect(connection.backend()));
        this.out = out;
        this.err = err;
        setFormat(format);
    }

    Connection connection() {
        return connection;
    }

    OutputFormat format() {
        return format;
    }

    void setFormat(OutputFormat format) {
        this.format = format;
        this.writer = format.writer(out);
    }

    /**
     * Runs one statement and writes every result it returns.
     *
     * @throws io.sqlwire.SqlwireException as the backend raised it
     */
    void run(String sql) {
        try (Cursor cursor = connection.cursor()) {
            cursor.execute(sql);
            do {
                List<Column> columns = cursor.description();
                if (columns.isEmpty()) {
                    writer.status(Tags.tag(lexer, sql, cursor.rowcount()));
                } else {
                    writer.result(columns, cursor.iterator());
                }
                printWarnings(cursor.warnings());
            } while (nextResult(cursor));
        }
    }

    private static boolean nextResult(Cursor cursor) {
        try {
            return cursor.nextset();
        } catch (NotSupportedException e) {
            return false; // a backend without multiple results has no further result to show
        }
    }

    private void printWarnings(List<Warning> warnings) {
        for (Warning w : warnings) {
            String level = w.level() == null || w.level().isEmpty() ? "WARNING" : w.level().toUpperCase(Locale.ROOT);
            err.println(level + ": " + w.message());
        }
        if (!warnings.isEmpty()) {
            err.flush();
        }
    }
}
