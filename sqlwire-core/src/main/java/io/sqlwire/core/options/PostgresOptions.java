package io.sqlwire.core.options;

import static io.sqlwire.core.options.Backend.POSTGRESQL;

import java.nio.file.Path;
import java.util.List;

/** libpq keywords that only PostgreSQL understands. */
public final class PostgresOptions {

    private PostgresOptions() {
    }

    private static <T> Option.Builder<T> row(String name, OptionType<T> type) {
        return Option.builder(name, type, OptionGroup.POSTGRESQL).backends(POSTGRESQL);
    }

    private static final List<String> PROTOCOL_VERSIONS = List.of("3.0", "3.2", "latest");

    public static final Option<String> SERVICE = row("service", OptionType.TEXT)
            .env(POSTGRESQL, "PGSERVICE")
            .doc("Section of the connection service file whose values apply below explicit ones "
                    + "(`PGSERVICEFILE` or `~/.pg_service.conf`, then `pg_service.conf` in `PGSYSCONFDIR`).")
            .build();

    public static final Option<Path> PASSFILE = row("passfile", OptionType.PATH)
            .env(POSTGRESQL, "PGPASSFILE").defaults("~/.pgpass")
            .doc("Password file of `host:port:database:user:password` lines, read when no password is given.")
            .build();

    public static final Option<String> TARGET_SESSION_ATTRS = row("target_session_attrs",
            OptionType.choice("any", "read-write", "read-only", "primary", "standby", "prefer-standby"))
            .aliases("targetSessionAttrs").env(POSTGRESQL, "PGTARGETSESSIONATTRS").defaults("any")
            .doc("Which server of several is acceptable; `prefer-standby` falls back to any server when no "
                    + "standby answers.")
            .build();

    public static final Option<List<String>> REQUIRE_AUTH = row("require_auth",
            new OptionType.ChoiceList(List.of("password", "md5", "gss", "sspi", "scram-sha-256", "oauth", "none"), true))
            .env(POSTGRESQL, "PGREQUIREAUTH")
            .doc("Authentication methods the server may ask for; `!` forbids a method instead.")
            .build();

    public static final Option<String> CHANNEL_BINDING = row("channel_binding",
            OptionType.choice("disable", "prefer", "require"))
            .env(POSTGRESQL, "PGCHANNELBINDING").defaults("prefer")
            .doc("SCRAM channel binding to the TLS certificate (SCRAM-SHA-256-PLUS); `require` refuses any other "
                    + "authentication.")
            .build();

    public static final Option<String> CLIENT_ENCODING = row("client_encoding", OptionType.TEXT)
            .env(POSTGRESQL, "PGCLIENTENCODING").defaults("UTF8")
            .doc("Character set of the session; sqlwire decodes text as UTF-8 and sets this to `UTF8`.")
            .build();

    public static final Option<String> OPTIONS = row("options", OptionType.TEXT)
            .env(POSTGRESQL, "PGOPTIONS")
            .doc("Server command-line options sent at startup, e.g. `-c search_path=app -c geqo=off`.")
            .build();

    public static final Option<String> FALLBACK_APPLICATION_NAME = row("fallback_application_name", OptionType.TEXT)
            .doc("Application name used when `application_name` is not set.")
            .build();

    public static final Option<String> REQUIREPEER = row("requirepeer", OptionType.TEXT)
            .env(POSTGRESQL, "PGREQUIREPEER")
            .doc("Operating-system user the server must run as, checked on Unix-socket connections.")
            .build();

    public static final Option<String> MIN_PROTOCOL_VERSION = row("min_protocol_version",
            OptionType.choice(PROTOCOL_VERSIONS))
            .env(POSTGRESQL, "PGMINPROTOCOLVERSION")
            .doc("Oldest protocol version accepted: `3.0`, `3.2` or `latest`.")
            .build();

    public static final Option<String> MAX_PROTOCOL_VERSION = row("max_protocol_version",
            OptionType.choice(PROTOCOL_VERSIONS))
            .env(POSTGRESQL, "PGMAXPROTOCOLVERSION")
            .doc("Newest protocol version asked for; the server may negotiate down.")
            .build();

    public static final Option<String> GSSENCMODE = row("gssencmode", OptionType.choice("disable", "prefer", "require"))
            .env(POSTGRESQL, "PGGSSENCMODE").defaults("disable")
            .doc("GSSAPI encryption. sqlwire has no GSSAPI support, so the default is `disable` and `require` "
                    + "fails to connect.")
            .build();

    public static final Option<String> KRBSRVNAME = row("krbsrvname", OptionType.TEXT)
            .env(POSTGRESQL, "PGKRBSRVNAME")
            .doc("Kerberos service name; accepted for libpq compatibility (no GSSAPI support yet).")
            .build();

    public static final Option<String> GSSLIB = row("gsslib", OptionType.TEXT)
            .env(POSTGRESQL, "PGGSSLIB")
            .doc("GSS library (Windows); accepted for libpq compatibility, no effect.")
            .build();

    public static final Option<Boolean> GSSDELEGATION = row("gssdelegation", OptionType.BOOL)
            .env(POSTGRESQL, "PGGSSDELEGATION").defaults("false")
            .doc("Forward GSS credentials; accepted for libpq compatibility (no GSSAPI support yet).")
            .build();

    public static final Option<Boolean> ALLOW_CLEARTEXT_PASSWORD = row("allow_cleartext_password", OptionType.BOOL)
            .defaults("false")
            .doc("Whether the password may be sent in clear text when the server asks for it over a connection "
                    + "without TLS; off by default.")
            .build();

    static final List<Option<?>> ROWS = List.of(SERVICE, PASSFILE, TARGET_SESSION_ATTRS,
            REQUIRE_AUTH, CHANNEL_BINDING, CLIENT_ENCODING, OPTIONS, FALLBACK_APPLICATION_NAME, REQUIREPEER,
            MIN_PROTOCOL_VERSION, MAX_PROTOCOL_VERSION, GSSENCMODE, KRBSRVNAME, GSSLIB, GSSDELEGATION,
            ALLOW_CLEARTEXT_PASSWORD);
}
