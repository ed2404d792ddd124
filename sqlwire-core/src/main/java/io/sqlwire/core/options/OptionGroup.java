package io.sqlwire.core.options;

/** The sections of the option reference, in the order they are documented. */
public enum OptionGroup {
    TARGET("Target and identity", "Which server, database and user."),
    TIMEOUTS("Timeouts and keepalive", "Durations are in seconds unless the row says otherwise; a unit suffix "
            + "(`ms`, `s`, `min`, `h`) may be given, and 0 means no limit."),
    SESSION("Session behaviour", "How the session behaves once connected."),
    TLS("TLS", "Encryption and certificates. PostgreSQL and MySQL spellings of `sslmode` are both accepted."),
    POSTGRESQL("PostgreSQL", "libpq keywords that only PostgreSQL understands."),
    MYSQL("MySQL and MariaDB", "Parameters named as in MariaDB Connector/Python, PyMySQL and aiomysql."),
    SQLITE("SQLite", "The embedded backend; the database is the file path or `:memory:`.");

    private final String title;
    private final String intro;

    OptionGroup(String title, String intro) {
        this.title = title;
        this.intro = intro;
    }

    public String title() {
        return title;
    }

    /** One or two sentences of Markdown put under the section title. */
    public String intro() {
        return intro;
    }
}
