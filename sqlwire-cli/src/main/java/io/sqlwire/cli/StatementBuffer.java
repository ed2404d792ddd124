package io.sqlwire.cli;

import java.util.List;

/**
 * Collects input as it arrives (lines from a file, a pipe or the shell) and hands out each
 * statement once its terminating semicolon has been read.
 */
final class StatementBuffer {
    private final String backend;
    private final StringBuilder pending = new StringBuilder();

    StatementBuffer(String backend) {
        this.backend = backend;
    }

    /** Appends text and returns the statements it completed, in order. */
    List<String> add(String text) {
        pending.append(text);
        if (text.indexOf(';') < 0) {
            return List.of(); // no statement ends without a semicolon, so the rescan can wait
        }
        SqlSplitter.Split split = SqlSplitter.split(pending.toString(), backend);
        pending.setLength(0);
        pending.append(split.rest());
        return split.statements();
    }

    /** Whether the pending text holds SQL, not only blanks and comments. */
    boolean hasPendingSql() {
        return !pending.isEmpty() && SqlSplitter.split(pending.toString(), backend).restHasSql();
    }

    /** The pending unterminated statement, trimmed, or {@code null} when it holds no SQL; the buffer is cleared. */
    String drain() {
        String rest = hasPendingSql() ? pending.toString().trim() : null;
        clear();
        return rest;
    }

    void clear() {
        pending.setLength(0);
    }
}
