package io.sqlwire.sqlite;

import io.sqlwire.ConnectOptions;
import java.util.List;
import java.util.Map;

/** Options built with the record constructor, until the option resolver is on every branch. */
final class SqliteTestOptions {

    private SqliteTestOptions() {
    }

    static ConnectOptions options(String database) {
        return options(database, Map.of());
    }

    static ConnectOptions options(String database, Map<String, String> options) {
        return new ConnectOptions("sqlite", List.of(), null, null, database, options, Map.of());
    }
}
