package io.sqlwire.core.options;

import static io.sqlwire.core.options.Backend.MYSQL;
import static io.sqlwire.core.options.Backend.POSTGRESQL;

import io.sqlwire.Secret;
import java.nio.file.Path;
import java.util.List;

/** TLS rows. PostgreSQL and MySQL spellings of {@code sslmode} both resolve to libpq's six values. */
public final class TlsOptions {

    private TlsOptions() {
    }

    private static <T> Option.Builder<T> row(String name, OptionType<T> type) {
        return Option.builder(name, type, OptionGroup.TLS).backends(POSTGRESQL, MYSQL);
    }

    /** sslmode values from weakest to strongest; folded compatibility rows keep the strongest they imply. */
    static final List<String> SSLMODES = List.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    private static final List<String> TLS_VERSIONS = List.of("TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3");

    public static final Option<String> SSLMODE = row("sslmode",
            OptionType.choice(SSLMODES)
                    .withSynonyms("disabled", "disable", "preferred", "prefer", "required", "require", "trust", "require",
                            "verify_ca", "verify-ca", "verify_identity", "verify-full")
                    .only(MYSQL, "disable", "prefer", "require", "verify-ca", "verify-full"))
            .aliases("ssl_mode", "sslMode", "ssl-mode").env(POSTGRESQL, "PGSSLMODE").defaults("prefer")
            .doc("disable, allow, prefer, require (encrypt, no checks), verify-ca (check the chain) or verify-full "
                    + "(chain and host name). MySQL's DISABLED, PREFERRED, REQUIRED, VERIFY_CA and VERIFY_IDENTITY "
                    + "mean the same; `allow` is PostgreSQL only.")
            .build();

    public static final Option<Boolean> SSL = row("ssl", OptionType.BOOL)
            .aliases("useSSL", "use_ssl").foldsIntoSslmode(v -> v.equals("true") ? "require" : "disable")
            .doc("JDBC compatibility: `true` means `sslmode=require`, `false` means `sslmode=disable`.")
            .build();

    public static final Option<Boolean> REQUIRESSL = row("requiressl", OptionType.BOOL)
            .backends(POSTGRESQL).env(POSTGRESQL, "PGREQUIRESSL")
            .foldsIntoSslmode(v -> v.equals("true") ? "require" : "prefer")
            .doc("Deprecated libpq spelling: 1 means `sslmode=require`, 0 means `sslmode=prefer`.")
            .build();

    public static final Option<Boolean> SSL_VERIFY_CERT = row("ssl_verify_cert", OptionType.BOOL)
            .backends(MYSQL).foldsIntoSslmode(v -> v.equals("true") ? "verify-ca" : null)
            .doc("Connector/Python compatibility: `true` means `sslmode=verify-ca`.")
            .build();

    public static final Option<Boolean> SSL_VERIFY_IDENTITY = row("ssl_verify_identity", OptionType.BOOL)
            .backends(MYSQL).foldsIntoSslmode(v -> v.equals("true") ? "verify-full" : null)
            .doc("PyMySQL compatibility: `true` means `sslmode=verify-full`.")
            .build();

    public static final Option<String> SSLNEGOTIATION = row("sslnegotiation", OptionType.choice("postgres", "direct"))
            .backends(POSTGRESQL).env(POSTGRESQL, "PGSSLNEGOTIATION").defaults("postgres")
            .doc("`postgres` asks with SSLRequest first; `direct` starts TLS at once with ALPN `postgresql` "
                    + "(PostgreSQL 17+, needs sslmode require or stronger).")
            .build();

    public static final Option<Path> SSLCERT = row("sslcert", OptionType.PATH)
            .aliases("ssl_cert", "sslCert").env(POSTGRESQL, "PGSSLCERT")
            .doc("Client certificate file (PEM). PostgreSQL looks for `~/.postgresql/postgresql.crt` when unset.")
            .build();

    public static final Option<Path> SSLKEY = row("sslkey", OptionType.PATH)
            .aliases("ssl_key", "sslKey").env(POSTGRESQL, "PGSSLKEY")
            .doc("Private key of the client certificate (PEM or PKCS#8). PostgreSQL looks for "
                    + "`~/.postgresql/postgresql.key` when unset.")
            .build();

    public static final Option<Secret> SSLPASSWORD = row("sslpassword", OptionType.SECRET)
            .aliases("ssl_key_password", "sslPassword")
            .doc("Passphrase of an encrypted `sslkey`.")
            .build();

    public static final Option<String> SSLCERTMODE = row("sslcertmode", OptionType.choice("disable", "allow", "require"))
            .backends(POSTGRESQL).env(POSTGRESQL, "PGSSLCERTMODE").defaults("allow")
            .doc("Whether a client certificate is sent: never, when the server asks, or the server must ask.")
            .build();

    public static final Option<String> SSLROOTCERT = row("sslrootcert", OptionType.TEXT)
            .aliases("ssl_ca", "sslRootCert", "serverSslCert").env(POSTGRESQL, "PGSSLROOTCERT")
            .doc("CA certificates (PEM) that verify the server. `system` uses the platform trust store and "
                    + "implies `sslmode=verify-full`. PostgreSQL looks for `~/.postgresql/root.crt` when unset.")
            .build();

    public static final Option<Path> SSLCRL = row("sslcrl", OptionType.PATH)
            .aliases("ssl_crl").env(POSTGRESQL, "PGSSLCRL")
            .doc("Certificate revocation list file (PEM).")
            .build();

    public static final Option<Path> SSLCRLDIR = row("sslcrldir", OptionType.PATH)
            .aliases("ssl_crlpath").env(POSTGRESQL, "PGSSLCRLDIR")
            .doc("Directory of certificate revocation lists.")
            .build();

    public static final Option<Boolean> SSLSNI = row("sslsni", OptionType.BOOL)
            .env(POSTGRESQL, "PGSSLSNI").defaults("true")
            .doc("Whether the host name is sent in the TLS handshake (SNI); never for IP addresses.")
            .build();

    public static final Option<String> SSL_MIN_PROTOCOL_VERSION = row("ssl_min_protocol_version",
            OptionType.choice(TLS_VERSIONS))
            .backends(POSTGRESQL).env(POSTGRESQL, "PGSSLMINPROTOCOLVERSION").defaults("TLSv1.2")
            .doc("Oldest TLS version accepted.")
            .build();

    public static final Option<String> SSL_MAX_PROTOCOL_VERSION = row("ssl_max_protocol_version",
            OptionType.choice(TLS_VERSIONS))
            .backends(POSTGRESQL).env(POSTGRESQL, "PGSSLMAXPROTOCOLVERSION")
            .doc("Newest TLS version offered; unset means the newest both sides know.")
            .build();

    public static final Option<List<String>> TLS_VERSION = row("tls_version",
            new OptionType.ChoiceList(TLS_VERSIONS, false))
            .aliases("enabledSslProtocolSuites").backends(MYSQL)
            .doc("TLS versions offered to a MySQL server, e.g. `TLSv1.2,TLSv1.3`.")
            .build();

    public static final Option<Boolean> SSLCOMPRESSION = row("sslcompression", OptionType.BOOL)
            .backends(POSTGRESQL).env(POSTGRESQL, "PGSSLCOMPRESSION").defaults("false")
            .doc("Accepted for libpq compatibility; has no effect (servers disable TLS compression).")
            .build();

    public static final Option<Path> SSLKEYLOGFILE = row("sslkeylogfile", OptionType.PATH)
            .backends(POSTGRESQL)
            .doc("File that TLS session keys are appended to, for debugging with Wireshark.")
            .build();

    static final List<Option<?>> ROWS = List.of(SSLMODE, SSL, REQUIRESSL, SSL_VERIFY_CERT, SSL_VERIFY_IDENTITY,
            SSLNEGOTIATION, SSLCERT, SSLKEY, SSLPASSWORD, SSLCERTMODE, SSLROOTCERT, SSLCRL, SSLCRLDIR, SSLSNI,
            SSL_MIN_PROTOCOL_VERSION, SSL_MAX_PROTOCOL_VERSION, TLS_VERSION, SSLCOMPRESSION, SSLKEYLOGFILE);
}
