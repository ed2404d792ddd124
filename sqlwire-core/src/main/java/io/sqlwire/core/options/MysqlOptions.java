package io.sqlwire.core.options;

import static io.sqlwire.core.options.Backend.MYSQL;

import java.nio.file.Path;
import java.util.List;

/** Rows only MySQL and MariaDB understand, named as in MariaDB Connector/Python, PyMySQL and aiomysql. */
public final class MysqlOptions {

    private MysqlOptions() {
    }

    private static <T> Option.Builder<T> row(String name, OptionType<T> type) {
        return Option.builder(name, type, OptionGroup.MYSQL).backends(MYSQL);
    }

    public static final Option<String> FLAVOR = row("flavor", OptionType.choice("mysql", "mariadb"))
            .aliases("flavour")
            .doc("Set to `mariadb` by the `mariadb://` scheme or `backend=mariadb`; the server's handshake decides "
                    + "what is actually used.")
            .build();

    public static final Option<Path> UNIX_SOCKET = row("unix_socket", OptionType.PATH)
            .aliases("socket", "localSocket").env(MYSQL, "MYSQL_UNIX_PORT")
            .doc("Unix-socket file to connect through instead of TCP.")
            .build();

    public static final Option<String> CHARSET = row("charset", OptionType.TEXT)
            .defaults("utf8mb4")
            .doc("Connection character set: `utf8mb4`, `utf8mb3` (`utf8`), `latin1`, `ascii` or `binary`; other than "
                    + "utf8mb4 it is set with `SET NAMES` after login. `setCharset()` changes it later.")
            .build();

    public static final Option<String> COLLATION = row("collation", OptionType.TEXT)
            .aliases("connectionCollation")
            .doc("Connection collation, e.g. `utf8mb4_unicode_ci`; unset keeps the server's default for the charset.")
            .build();

    public static final Option<String> SQL_MODE = row("sql_mode", OptionType.TEXT)
            .doc("Session `sql_mode`, set after login.")
            .build();

    public static final Option<String> INIT_COMMAND = row("init_command", OptionType.TEXT)
            .aliases("initSql")
            .doc("Statement run after login (and after every reconnect).")
            .build();

    public static final Option<Boolean> LOCAL_INFILE = row("local_infile", OptionType.BOOL)
            .aliases("allowLocalInfile").defaults("false")
            .doc("Whether `LOAD DATA LOCAL INFILE` may read client files; only files the statement names are sent.")
            .build();

    public static final Option<Path> LOCAL_INFILE_DIR = row("local_infile_dir", OptionType.PATH)
            .aliases("allowLoadLocalInfileInPath")
            .doc("With `local_infile=true`: the only directory whose files `LOAD DATA LOCAL INFILE` may send (a "
                    + "server asking for any other file is refused). Without it no file is sent.")
            .build();

    public static final Option<Integer> CLIENT_FLAG = row("client_flag", OptionType.intRange(0, Integer.MAX_VALUE))
            .defaults("0")
            .doc("Extra capability flags OR-ed into the handshake response.")
            .build();

    public static final Option<Boolean> COMPRESS = row("compress", OptionType.BOOL)
            .aliases("useCompression").defaults("false")
            .doc("Whether the zlib-compressed protocol is used.")
            .build();

    public static final Option<String> SERVER_PUBLIC_KEY = row("server_public_key", OptionType.TEXT)
            .aliases("serverRsaPublicKeyFile")
            .doc("Server RSA public key (PEM file path) used to send the password for caching_sha2_password "
                    + "over a connection without TLS.")
            .build();

    public static final Option<Boolean> ALLOW_PUBLIC_KEY_RETRIEVAL = row("allow_public_key_retrieval", OptionType.BOOL)
            .aliases("allowPublicKeyRetrieval").defaults("false")
            .doc("Whether the server's RSA key may be asked for over a connection without TLS (open to a "
                    + "man in the middle).")
            .build();


    public static final Option<String> AUTH_PLUGIN = row("auth_plugin", OptionType.TEXT)
            .aliases("defaultAuth")
            .doc("Authentication plugin offered first, e.g. `caching_sha2_password`; the server may switch.")
            .build();

    public static final Option<Path> READ_DEFAULT_FILE = row("read_default_file", OptionType.PATH)
            .aliases("default_file")
            .doc("Option file (`my.cnf`) read for groups [client], [client-server], [client-mariadb] and "
                    + "`read_default_group`; its values rank below explicit ones and above environment variables.")
            .build();

    public static final Option<String> READ_DEFAULT_GROUP = row("read_default_group", OptionType.TEXT)
            .aliases("default_group")
            .doc("Extra option-file group read last (so it wins), e.g. `myapp`; without `read_default_file` the "
                    + "files are /etc/mysql/my.cnf then ~/.my.cnf.")
            .build();

    public static final Option<Boolean> AUTO_RECONNECT = row("auto_reconnect", OptionType.BOOL)
            .aliases("reconnect", "autoReconnect").defaults("false")
            .doc("Whether a lost connection is reopened on the next use, outside a transaction only; session "
                    + "state (variables, temporary tables) is lost.")
            .build();

    public static final Option<String> ZERO_DATE_BEHAVIOR = row("zero_date_behavior",
            OptionType.choice("null", "exception", "round"))
            .defaults("null")
            .doc("What a zero date (`0000-00-00`) or a date with a zero month or day decodes to: `null`, an "
                    + "error (`exception`), or zero parts raised to 1 (`round`: `0001-01-01`).")
            .build();

    static final List<Option<?>> ROWS = List.of(FLAVOR, UNIX_SOCKET, CHARSET, COLLATION, SQL_MODE, INIT_COMMAND,
            LOCAL_INFILE, LOCAL_INFILE_DIR, CLIENT_FLAG, COMPRESS, SERVER_PUBLIC_KEY, ALLOW_PUBLIC_KEY_RETRIEVAL,
            AUTH_PLUGIN,
            READ_DEFAULT_FILE, READ_DEFAULT_GROUP, AUTO_RECONNECT, ZERO_DATE_BEHAVIOR);
}
