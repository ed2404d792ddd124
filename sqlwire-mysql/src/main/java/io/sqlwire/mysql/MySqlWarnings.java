package io.sqlwire.mysql;

import io.sqlwire.Warning;
import io.sqlwire.mysql.session.MySqlSession;
import io.sqlwire.mysql.session.ResultStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** {@code SHOW WARNINGS}: columns Level, Code, Message. */
final class MySqlWarnings {
    private MySqlWarnings() {
    }

    static List<Warning> show(MySqlSession session) {
        ResultStream s = session.query("SHOW WARNINGS");
        List<Warning> out = new ArrayList<>();
        for (byte[][] row = s.nextRow(); row != null; row = s.nextRow()) {
            String level = text(row[0]);
            int code = row[1] == null ? 0 : Integer.parseInt(text(row[1]));
            out.add(new Warning(level, null, code, text(row[2])));
        }
        s.drain();
        return List.copyOf(out);
    }

    private static String text(byte[] b) {
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }
}
