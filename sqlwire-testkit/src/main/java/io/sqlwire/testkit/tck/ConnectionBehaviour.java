package io.sqlwire.testkit.tck;

import io.sqlwire.Connection;
import io.sqlwire.SqlwireException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;

/**
 * The whole shared suite. A backend's test class extends this and implements {@link #connect()}
 * and {@link #dialect()}; JUnit runs the default test methods of every behaviour interface.
 */
public abstract class ConnectionBehaviour
        implements QueryBehaviour, RowBehaviour, TransactionBehaviour, ErrorBehaviour, LiteralBehaviour {

    private Connection conn;
    private final List<String> tables = new ArrayList<>();

    @Override
    public final Connection conn() {
        if (conn == null || conn.isClosed()) {
            conn = connect();
        }
        return conn;
    }

    @Override
    public final String table(String columns) {
        String name = "tck_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        conn().execute("create table " + name + " (" + columns + ")");
        conn().commit();
        tables.add(name);
        return name;
    }

    @AfterEach
    final void closeAndDropTables() {
        if (conn != null) {
            conn.close();
            conn = null;
        }
        if (tables.isEmpty() || !dialect().sharedData()) {
            tables.clear();
            return;
        }
        try (Connection c = connect()) {
            c.setAutocommit(true);
            for (String t : tables) {
                c.execute("drop table if exists " + t);
            }
        } catch (SqlwireException e) {
            // leftover tables have unique names and do not disturb later tests
        } finally {
            tables.clear();
        }
    }
}
