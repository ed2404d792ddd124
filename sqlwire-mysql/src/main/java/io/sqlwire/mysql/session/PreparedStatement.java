package io.sqlwire.mysql.session;

import io.sqlwire.mysql.protocol.packet.server.ColumnDefinition41;
import java.util.List;

/**
 * A statement prepared on the server (COM_STMT_PREPARE).
 *
 * @param id the server's statement id
 * @param sql the text it was prepared from
 * @param parameters the parameter definitions (types are mostly placeholders before the first execution)
 * @param columns the result columns, empty for a statement without rows
 */
public record PreparedStatement(long id, String sql, List<ColumnDefinition41> parameters,
        List<ColumnDefinition41> columns) {

    public PreparedStatement {
        parameters = List.copyOf(parameters);
        columns = List.copyOf(columns);
    }
}
