package io.sqlwire.core.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a script into statements for {@link SqlLexer#split(String)}. Besides the lexical rules it
 * tracks {@code BEGIN ... END} nesting in {@code CREATE TRIGGER/FUNCTION/PROCEDURE/EVENT}
 * statements, whose bodies contain {@code ;}. {@code CASE} opens a level too, since it also
 * closes with {@code END}; MySQL's {@code END IF}, {@code END LOOP}, {@code END WHILE} and
 * {@code END REPEAT} close constructs that opened no level, and {@code END CASE} closes its
 * {@code CASE} once.
 */
final class StatementSplitter {
    // The routine kind word comes early: CREATE [OR REPLACE] [DEFINER = u@h] [TEMP] TRIGGER ...
    private static final int MAX_KIND_WORD_INDEX = 6;

    private final String sql;
    private final SqlScanner scanner;
    private final List<SqlStatement> statements = new ArrayList<>();

    private int lineCountedTo;
    private int line = 1;

    private int firstNonBlank = -1;
    private int lastNonBlankEnd = -1;
    private boolean hasCode;
    private int wordIndex;
    private boolean create;
    private boolean blockCapable;
    private int depth;
    private boolean afterEnd;
    private boolean endClosedLevel;

    StatementSplitter(String sql, SqlLexer lexer) {
        this.sql = sql;
        this.scanner = new SqlScanner(sql, lexer);
    }

    SplitResult split() {
        SqlScanner s = scanner;
        boolean lastTerminated = true;
        TokenKind lastKind = TokenKind.WHITESPACE;
        while (s.next()) {
            lastTerminated = s.terminated;
            lastKind = s.kind;
            if (s.kind == TokenKind.SEMICOLON && depth == 0) {
                endStatement();
                continue;
            }
            if (s.kind == TokenKind.WHITESPACE) {
                continue;
            }
            if (firstNonBlank < 0) {
                firstNonBlank = s.start;
            }
            lastNonBlankEnd = s.end;
            if (!s.kind.isTrivia()) {
                hasCode = true;
                track(s);
            }
        }
        OpenConstruct open = lastTerminated ? OpenConstruct.NONE : OpenConstruct.of(lastKind);
        if (open == OpenConstruct.NONE && depth > 0 && hasCode) {
            open = OpenConstruct.BLOCK;
        }
        return new SplitResult(statements, tail(open), open);
    }

    private SqlStatement tail(OpenConstruct open) {
        if (!hasCode && open == OpenConstruct.NONE) {
            return new SqlStatement("", sql.length(), lineAt(sql.length()));
        }
        return new SqlStatement(sql.substring(firstNonBlank), firstNonBlank, lineAt(firstNonBlank));
    }

    private void endStatement() {
        if (hasCode) {
            statements.add(new SqlStatement(sql.substring(firstNonBlank, lastNonBlankEnd), firstNonBlank,
                    lineAt(firstNonBlank)));
        }
        firstNonBlank = -1;
        lastNonBlankEnd = -1;
        hasCode = false;
        wordIndex = 0;
        create = false;
        blockCapable = false;
        depth = 0;
        afterEnd = false;
    }

    private void track(SqlScanner s) {
        if (s.kind != TokenKind.WORD) {
            afterEnd = false;
            return;
        }
        int index = wordIndex++;
        if (index == 0) {
            create = is(s, "CREATE");
            return;
        }
        if (create && !blockCapable && index <= MAX_KIND_WORD_INDEX) {
            blockCapable = is(s, "TRIGGER") || is(s, "FUNCTION") || is(s, "PROCEDURE") || is(s, "EVENT");
        }
        if (blockCapable) {
            trackBlock(s);
        }
    }

    private void trackBlock(SqlScanner s) {
        boolean closedJustBefore = afterEnd && endClosedLevel;
        afterEnd = false;
        if (is(s, "BEGIN")) {
            depth++;
        } else if (is(s, "CASE")) {
            if (!closedJustBefore) {
                depth++;
            }
        } else if (is(s, "END")) {
            endClosedLevel = depth > 0;
            if (endClosedLevel) {
                depth--;
            }
            afterEnd = true;
        } else if (closedJustBefore && (is(s, "IF") || is(s, "LOOP") || is(s, "WHILE") || is(s, "REPEAT"))) {
            // END IF and friends closed a construct that never opened a level: undo the decrement.
            depth++;
        }
    }

    private boolean is(SqlScanner s, String keyword) {
        return s.end - s.start == keyword.length() && sql.regionMatches(true, s.start, keyword, 0, keyword.length());
    }

    /** The 1-based line of {@code offset}; offsets are asked for in increasing order. */
    private int lineAt(int offset) {
        for (int i = lineCountedTo; i < offset; i++) {
            if (sql.charAt(i) == '\n') {
                line++;
            }
        }
        lineCountedTo = Math.max(lineCountedTo, offset);
        return line;
    }
}
