package io.sqlwire.sqlite;

import io.sqlwire.ConnectOptions;
import io.sqlwire.InvalidOptionException;
import io.sqlwire.core.session.SessionOptions;
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
    static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(5);

    /** @throws InvalidOptionException naming the option with a bad value */
    static SqliteSettings from(ConnectOptions options) {
        String path = options.database() == null || options.database().isEmpty() ? MEMORY : options.database();
        if (path.indexOf('?') >= 0 && !path.startsWith("file:")) {
            throw new InvalidOptionException("dbname", "SQLite database path \"" + path
                    + "\" contains '?': sqlite-jdbc would read what follows as URL parameters; rename the file"
                    + " or give a file: URI");
        }
        String mode = options.option("mode").map(m -> m.strip().toLowerCase(Locale.ROOT)).orElse("rwc");
        if (!mode.equals("ro") && !mode.equals("rw") && !mode.equals("rwc") && !mode.equals("memory")) {
            throw new InvalidOptionException("mode", "invalid mode \"" + mode + "\": expected ro, rw, rwc or memory");
        }
        Duration busy = SessionOptions.duration(options, "busy_timeout", DEFAULT_BUSY_TIMEOUT);
        if (busy.toMillis() > Integer.MAX_VALUE) {
            throw new InvalidOptionException("busy_timeout", "busy_timeout " + busy + " is too long for SQLite");
        }
        boolean foreignKeys = SessionOptions.flag(options, "foreign_keys", true);
        String journal = options.option("journal_mode").map(j -> j.strip().toUpperCase(Locale.ROOT)).orElse(null);
        if (journal != null) {
            try {
                SQLiteConfig.JournalMode.valueOf(journal);
            } catch (IllegalArgumentException e) {
                throw new InvalidOptionException("journal_mode", "invalid journal_mode \"" + journal
                        + "\": expected delete, truncate, persist, memory, wal or off", e);
            }
        }
        return new SqliteSettings(path, mode, busy, foreignKeys, journal);
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
