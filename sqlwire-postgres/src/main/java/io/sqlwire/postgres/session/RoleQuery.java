package io.sqlwire.postgres.session;

import io.sqlwire.core.routing.ServerRole;
import io.sqlwire.postgres.protocol.flow.QueryEvent;
import io.sqlwire.postgres.protocol.flow.Request;
import io.sqlwire.postgres.protocol.flow.ServerParameters;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds whether a session is a standby and whether it accepts writes. PostgreSQL 14+ reports
 * {@code in_hot_standby} and {@code default_transaction_read_only} at startup, which costs no round
 * trip; older servers are asked with {@code SHOW transaction_read_only} and
 * {@code pg_is_in_recovery()}, as libpq does.
 */
final class RoleQuery {

    private RoleQuery() {
    }

    static ServerRole role(PgSession s) {
        ServerParameters p = s.parameters();
        Boolean standby = p.inHotStandby();
        Boolean readOnly = p.defaultTransactionReadOnly();
        if (standby == null || readOnly == null) {
            List<String> values = ask(s, "SHOW transaction_read_only; SELECT pg_catalog.pg_is_in_recovery()");
            readOnly = "on".equals(values.get(0));
            standby = values.size() > 1 && "t".equals(values.get(1));
        }
        return new ServerRole(readOnly || standby, standby);
    }

    /** The first column of the first row of each result, as text. */
    private static List<String> ask(PgSession s, String sql) {
        List<String> values = new ArrayList<>();
        s.run(new Request.SimpleQuery(sql), e -> {
            if (e instanceof QueryEvent.Row r && !r.row().isNull(0)) {
                values.add(StandardCharsets.UTF_8.decode(r.row().value(0)).toString());
            }
        });
        return values;
    }
}
