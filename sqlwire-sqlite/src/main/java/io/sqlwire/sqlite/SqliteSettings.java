package io.sqlwire.sqlite;

import io.sqlwire.ConnectOptions;
import io.sqlwire.InvalidOptionException;
import io.sqlwire.core.options.SqliteOptions;
import java.time.Duration;
import java.util.Locale;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * The SQLite options of a connection, read and checked once.
 *
 * @param path the database file, or {@code :memory:}
 * @param mode {@code ro}, {@code rw}, {@code rwc} or {@code memory}
 * @param busyTimeout how long a statement waits for another connection's lock
 * @param foreignKeys whether foreign keys are enforced
 * @param journalMode the journal mode to set, or {@code null} for SQLite's default
 */
record SqliteSettings(String path, String mode, Duration busyTimeout, boolean foreignKeys, String journalMode) {

    static final String MEMORY = ":memory:";

    /** @throws InvalidOptionException naming the option with a bad value */
    static SqliteSettings from(ConnectOptions options) {
        String path = options.database() == null || options.database().isEmpty() ? MEMORY : options.database();
        if (path.indexOf('?') >= 0 && !path.startsWith("file:")) {
            throw new InvalidOptionException("dbname", "SQLite database path \"" + path
                    + "\" contains '?': sqlite-jdbc would read what follows as URL parameters; rename the file"
                    + " or give a file: URI");
        }
        Duration busy = SqliteOptions.BUSY_TIMEOUT.get(options);
        if (busy.toMillis() > Integer.MAX_VALUE) {
            throw new InvalidOptionException("busy_timeout", "busy_timeout " + busy.toMillis() + " ms is too long for SQLite");
        }
        String journal = SqliteOptions.JOURNAL_MODE.get(options);
        return new SqliteSettings(path, SqliteOptions.MODE.get(options).toLowerCase(Locale.ROOT), busy,
                SqliteOptions.FOREIGN_KEYS.get(options), journal == null ? null : journal.toUpperCase(Locale.ROOT));
    }

    /** The sqlite-jdbc URL of the database. */
    String url() {
        return "jdbc:sqlite:" + path;
    }

    /** The sqlite-jdbc configuration these settings stand for. */
    SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        switch (mode) {
            case "ro" -> config.setReadOnly(true);
            case "rw" -> config.resetOpenMode(SQLiteOpenMode.CREATE);
            case "memory" -> config.setOpenMode(SQLiteOpenMode.OPEN_MEMORY);
            default -> { }
        }
        config.setBusyTimeout((int) busyTimeout.toMillis());
        config.enforceForeignKeys(foreignKeys);
        if (journalMode != null) {
            config.setJournalMode(SQLiteConfig.JournalMode.valueOf(journalMode));
        }
        return config;
    }
}
