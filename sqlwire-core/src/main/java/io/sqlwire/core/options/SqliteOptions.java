package io.sqlwire.core.options;

import static io.sqlwire.core.options.Backend.SQLITE;

import java.time.Duration;
import java.util.List;

/** Rows of the embedded SQLite backend. */
public final class SqliteOptions {

    private SqliteOptions() {
    }

    private static <T> Option.Builder<T> row(String name, OptionType<T> type) {
        return Option.builder(name, type, OptionGroup.SQLITE).backends(SQLITE);
    }

    public static final Option<String> MODE = row("mode", OptionType.choice("ro", "rw", "rwc", "memory"))
            .defaults("rwc")
            .doc("Open read-only, read-write, read-write creating the file, or as an in-memory database.")
            .build();

    public static final Option<Duration> BUSY_TIMEOUT = row("busy_timeout", OptionType.millis())
            .aliases("busyTimeout").defaults("5000")
            .doc("Milliseconds to wait for a lock held by another connection before failing with SQLITE_BUSY.")
            .build();

    public static final Option<Boolean> FOREIGN_KEYS = row("foreign_keys", OptionType.BOOL)
            .aliases("foreignKeys").defaults("false")
            .doc("Whether foreign-key constraints are enforced (`PRAGMA foreign_keys`); off by default, as in SQLite.")
            .build();

    public static final Option<String> JOURNAL_MODE = row("journal_mode",
            OptionType.choice("delete", "truncate", "persist", "memory", "wal", "off"))
            .aliases("journalMode")
            .doc("`PRAGMA journal_mode` set on open; unset keeps the database's mode (`delete` for a new file).")
            .build();

    static final List<Option<?>> ROWS = List.of(MODE, BUSY_TIMEOUT, FOREIGN_KEYS, JOURNAL_MODE);
}
