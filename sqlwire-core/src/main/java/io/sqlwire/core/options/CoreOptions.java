package io.sqlwire.core.options;

import static io.sqlwire.core.options.Backend.MYSQL;
import static io.sqlwire.core.options.Backend.POSTGRESQL;
import static io.sqlwire.core.options.Backend.SQLITE;

import io.sqlwire.Secret;
import java.time.Duration;
import java.util.List;

/** Rows every network backend shares: target and identity, timeouts and keepalive, session behaviour. */
public final class CoreOptions {

    private CoreOptions() {
    }

    private static <T> Option.Builder<T> row(OptionGroup group, String name, OptionType<T> type) {
        return Option.builder(name, type, group);
    }

    // ---- target and identity

    public static final Option<String> BACKEND = row(OptionGroup.TARGET, "backend",
            OptionType.choice("postgresql", "mysql", "mariadb", "sqlite").withSynonyms("postgres", "postgresql"))
            .slot(Option.Slot.BACKEND)
            .doc("The backend when the connection string does not name one; `key=value` strings default to "
                    + "`postgresql`. `mariadb` selects `mysql` with `flavor=mariadb`.")
            .build();

    public static final Option<List<String>> HOST = row(OptionGroup.TARGET, "host", OptionType.HOSTS)
            .backends(POSTGRESQL, MYSQL).slot(Option.Slot.HOST)
            .env(POSTGRESQL, "PGHOST").env(MYSQL, "MYSQL_HOST").defaults("localhost")
            .doc("Host names, IP addresses or absolute Unix-socket paths, comma-separated, tried in order. "
                    + "libpq's default is a socket directory; sqlwire uses `localhost`.")
            .build();

    public static final Option<List<String>> HOSTADDR = row(OptionGroup.TARGET, "hostaddr", OptionType.HOSTS)
            .backends(POSTGRESQL).env(POSTGRESQL, "PGHOSTADDR")
            .doc("Numeric IP addresses paired 1:1 with `host`, so no DNS lookup is made; `host` is still used "
                    + "for TLS name checks and `.pgpass`.")
            .build();

    public static final Option<List<Integer>> PORT = row(OptionGroup.TARGET, "port", OptionType.PORTS)
            .backends(POSTGRESQL, MYSQL).slot(Option.Slot.PORT)
            .env(POSTGRESQL, "PGPORT").env(MYSQL, "MYSQL_TCP_PORT")
            .defaults(POSTGRESQL, "5432").defaults(MYSQL, "3306")
            .doc("Ports, one per host or one for all; an empty item means the default. For a PostgreSQL "
                    + "socket directory the port names the socket file.")
            .build();

    public static final Option<String> DBNAME = row(OptionGroup.TARGET, "dbname", OptionType.TEXT)
            .aliases("database", "db").slot(Option.Slot.DATABASE).env(POSTGRESQL, "PGDATABASE")
            .defaults(SQLITE, ":memory:")
            .doc("The database. PostgreSQL defaults to the user name; for SQLite it is the file path or `:memory:`.")
            .build();

    public static final Option<String> USER = row(OptionGroup.TARGET, "user", OptionType.TEXT)
            .aliases("username").backends(POSTGRESQL, MYSQL).slot(Option.Slot.USER)
            .env(POSTGRESQL, "PGUSER").env(MYSQL, "USER")
            .doc("The user to log in as; without one the backend uses the operating-system user name.")
            .build();

    public static final Option<Secret> PASSWORD = row(OptionGroup.TARGET, "password", OptionType.SECRET)
            .aliases("passwd").backends(POSTGRESQL, MYSQL).slot(Option.Slot.PASSWORD)
            .env(POSTGRESQL, "PGPASSWORD").env(MYSQL, "MYSQL_PWD")
            .doc("The password. Prefer `passfile` or a service file over the environment variable, which other "
                    + "processes may see.")
            .build();

    public static final Option<String> LOAD_BALANCE_HOSTS = row(OptionGroup.TARGET, "load_balance_hosts",
            OptionType.choice("disable", "random"))
            .aliases("loadBalanceHosts").backends(POSTGRESQL, MYSQL).env(POSTGRESQL, "PGLOADBALANCEHOSTS")
            .defaults("disable")
            .doc("`random` shuffles the hosts (and each host's addresses) before trying them.")
            .build();

    // ---- timeouts and keepalive

    public static final Option<Duration> CONNECT_TIMEOUT = row(OptionGroup.TIMEOUTS, "connect_timeout", OptionType.seconds())
            .aliases("connectTimeout").backends(POSTGRESQL, MYSQL).env(POSTGRESQL, "PGCONNECT_TIMEOUT").defaults("10")
            .doc("Time allowed to reach and log in to one host (each host and address gets its own, as in libpq); "
                    + "0 waits forever. libpq's default is to wait forever.")
            .build();

    public static final Option<Duration> READ_TIMEOUT = row(OptionGroup.TIMEOUTS, "read_timeout", OptionType.seconds())
            .aliases("socket_timeout", "socketTimeout", "readTimeout").backends(POSTGRESQL, MYSQL).defaults("0")
            .doc("Longest wait for data from the server once connected; the connection is closed when it expires.")
            .build();

    public static final Option<Duration> WRITE_TIMEOUT = row(OptionGroup.TIMEOUTS, "write_timeout", OptionType.seconds())
            .aliases("writeTimeout").backends(POSTGRESQL, MYSQL).defaults("0")
            .doc("Longest wait for the server to accept data we send; the connection is closed when it expires.")
            .build();

    public static final Option<Duration> STATEMENT_TIMEOUT = row(OptionGroup.TIMEOUTS, "statement_timeout", OptionType.seconds())
            .aliases("statementTimeout", "query_timeout").defaults("0")
            .doc("Longest run time of one statement; the statement is cancelled, the connection stays usable.")
            .build();

    public static final Option<Boolean> KEEPALIVES = row(OptionGroup.TIMEOUTS, "keepalives", OptionType.BOOL)
            .aliases("tcpKeepAlive").backends(POSTGRESQL, MYSQL).defaults("true")
            .doc("Whether TCP keepalives are on.")
            .build();

    public static final Option<Duration> KEEPALIVES_IDLE = row(OptionGroup.TIMEOUTS, "keepalives_idle", OptionType.seconds())
            .aliases("tcpKeepIdle").backends(POSTGRESQL, MYSQL).defaults("0")
            .doc("Idle time before the first keepalive probe (TCP_KEEPIDLE); 0 uses the OS default.")
            .build();

    public static final Option<Duration> KEEPALIVES_INTERVAL = row(OptionGroup.TIMEOUTS, "keepalives_interval",
            OptionType.seconds())
            .aliases("tcpKeepInterval").backends(POSTGRESQL, MYSQL).defaults("0")
            .doc("Time between unanswered keepalive probes (TCP_KEEPINTVL); 0 uses the OS default.")
            .build();

    public static final Option<Integer> KEEPALIVES_COUNT = row(OptionGroup.TIMEOUTS, "keepalives_count",
            OptionType.intRange(0, Integer.MAX_VALUE))
            .aliases("tcpKeepCount").backends(POSTGRESQL, MYSQL).defaults("0")
            .doc("Unanswered probes before the connection is dropped (TCP_KEEPCNT); 0 uses the OS default.")
            .build();

    public static final Option<Duration> TCP_USER_TIMEOUT = row(OptionGroup.TIMEOUTS, "tcp_user_timeout", OptionType.millis())
            .backends(POSTGRESQL, MYSQL).defaults("0")
            .doc("Milliseconds sent data may stay unacknowledged before the connection is dropped "
                    + "(TCP_USER_TIMEOUT). Accepted and validated but NOT applied: the JDK (21) has no socket "
                    + "option for it, so the OS default always holds; use keepalives_* to detect dead peers.")
            .build();

    // ---- session behaviour

    public static final Option<Boolean> AUTOCOMMIT = row(OptionGroup.SESSION, "autocommit", OptionType.BOOL)
            .defaults("false")
            .doc("Whether every statement commits on its own. Off by default, as in DB-API: the first statement "
                    + "opens a transaction.")
            .build();

    public static final Option<Integer> PREPARE_THRESHOLD = row(OptionGroup.SESSION, "prepare_threshold",
            OptionType.intRange(0, Integer.MAX_VALUE))
            .aliases("prepareThreshold").backends(POSTGRESQL, MYSQL).defaults("5")
            .doc("Executions of the same SQL text before it is prepared on the server; 0 never prepares.")
            .build();

    public static final Option<Integer> FETCH_SIZE = row(OptionGroup.SESSION, "fetch_size",
            OptionType.intRange(0, Integer.MAX_VALUE))
            .aliases("fetchSize", "defaultRowFetchSize").defaults("0")
            .doc("Rows fetched per round trip when a result is streamed; 0 reads the whole result at once.")
            .build();

    public static final Option<String> APPLICATION_NAME = row(OptionGroup.SESSION, "application_name", OptionType.TEXT)
            .aliases("applicationName", "ApplicationName", "program_name")
            .backends(POSTGRESQL, MYSQL).env(POSTGRESQL, "PGAPPNAME")
            .doc("Name shown in `pg_stat_activity`; on MySQL sent as the `program_name` connection attribute.")
            .build();

    public static final Option<Boolean> ALLOW_CLEARTEXT_PASSWORD = row(OptionGroup.TLS, "allow_cleartext_password",
            OptionType.BOOL)
            .aliases("enable_cleartext_plugin").backends(POSTGRESQL, MYSQL).defaults("false")
            .doc("Whether the password may be sent in clear text (PostgreSQL `password` auth, MySQL "
                    + "`mysql_clear_password`) over a connection that is neither TLS nor a Unix socket; off by default.")
            .build();

    static final List<Option<?>> ROWS = List.of(BACKEND, HOST, HOSTADDR, PORT, DBNAME, USER, PASSWORD, LOAD_BALANCE_HOSTS,
            CONNECT_TIMEOUT, READ_TIMEOUT, WRITE_TIMEOUT, STATEMENT_TIMEOUT, KEEPALIVES, KEEPALIVES_IDLE,
            KEEPALIVES_INTERVAL, KEEPALIVES_COUNT, TCP_USER_TIMEOUT,
            AUTOCOMMIT, PREPARE_THRESHOLD, FETCH_SIZE, APPLICATION_NAME, ALLOW_CLEARTEXT_PASSWORD);
}
