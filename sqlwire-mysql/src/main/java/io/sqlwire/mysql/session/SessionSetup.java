package io.sqlwire.mysql.session;

import java.util.ArrayList;
import java.util.List;

/**
 * What runs after login, in one round trip where possible: the collation, autocommit, the
 * statement timeout and sql_mode as one SET (SET NAMES when the charset is not
 * the handshake's utf8mb4), then {@code init_command}. The same steps restore a session after a
 * reconnect.
 */
final class SessionSetup {

    private SessionSetup() {
    }

    static void run(MySqlSession session, MySqlSettings s) {
        List<String> sets = new ArrayList<>();
        boolean names = s.collation() != null || !s.charset().equals("utf8mb4");
        if (names) {
            sets.add(names(s.charset(), s.collation()));
        }
        if (s.autocommit() != session.serverAutocommit()) {
            sets.add("autocommit=" + (s.autocommit() ? 1 : 0));
        }
        if (s.statementTimeout() != null) {
            // MariaDB bounds every statement; MySQL's max_execution_time bounds SELECTs only
            long ms = Math.max(1, s.statementTimeout().toMillis());
            sets.add(session.greeting().isMariaDb() ? "max_statement_time=" + (ms / 1000.0) : "max_execution_time=" + ms);
        }
        if (s.sqlMode() != null) {
            sets.add("sql_mode=" + quote(s.sqlMode()));
        }
        if (!sets.isEmpty()) {
            session.execute("SET " + String.join(", ", sets));
        }
        // without SET NAMES the session is in the handshake's utf8mb4 (also after a reset or change user)
        session.textCharset(MySqlCharsets.java(s.charset()));
        if (s.initCommand() != null && !s.initCommand().isBlank()) {
            session.execute(s.initCommand());
        }
    }

    /** {@code NAMES cs [COLLATE 'c']} for a charset and collation checked against the allow-list. */
    static String names(String charset, String collation) {
        String cs = MySqlCharsets.canonical(charset);
        return "NAMES " + cs + (collation == null ? "" : " COLLATE " + quote(MySqlCharsets.collation(cs, collation)));
    }

    /** A string literal safe under any sql_mode: quotes doubled, backslashes refused. */
    private static String quote(String value) {
        if (value.indexOf('\\') >= 0 || value.indexOf('\0') >= 0) {
            throw new io.sqlwire.InvalidOptionException("sql_mode", "value \"" + value
                    + "\" must not contain a backslash or NUL");
        }
        return "'" + value.replace("'", "''") + "'";
    }
}
