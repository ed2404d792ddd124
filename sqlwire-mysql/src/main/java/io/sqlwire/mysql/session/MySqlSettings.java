package io.sqlwire.mysql.session;

import io.sqlwire.ConnectOptions;
import io.sqlwire.InvalidOptionException;
import io.sqlwire.Secret;
import io.sqlwire.core.options.CoreOptions;
import io.sqlwire.core.options.MysqlOptions;
import io.sqlwire.core.options.TlsOptions;
import io.sqlwire.core.transport.TlsMode;
import io.sqlwire.core.transport.TlsSettings;
import io.sqlwire.mysql.auth.AuthContext;
import java.time.Duration;
import java.util.List;

/**
 * Everything a MySQL session needs from the options, read once through the option table.
 *
 * @param sslmode disable, prefer, require, verify-ca or verify-full
 * @param tls the TLS settings for the upgrade (mode NONE for disable)
 * @param collation the collation to set after login, or {@code null} for the charset's default
 * @param connectTimeout bound on connect and login, or {@code null}
 * @param readTimeout bound on each read once logged in, or {@code null}
 * @param statementTimeout the server-side bound on each statement, or {@code null}
 * @param localInfile which files LOAD DATA LOCAL INFILE may send
 * @param auth the password and auth options for the plugins (the seed and transport are filled in at login)
 */
public record MySqlSettings(String user, Secret password, String database, String sslmode, TlsSettings tls,
        String charset, String collation, String sqlMode, String initCommand, boolean autocommit,
        String programName, long clientFlag, String authPlugin, Duration connectTimeout, Duration readTimeout,
        AuthContext auth, LocalInfilePolicy localInfile, Duration statementTimeout) {

    /** utf8mb4_general_ci: the handshake collation, known to every MySQL 5.5.3+ and MariaDB server. */
    public static final int UTF8MB4_GENERAL_CI = 45;
    /** The largest packet sqlwire sends or accepts: 1 GiB, the server's own upper bound. */
    public static final int MAX_PACKET = 1 << 30;

    @Override
    public String toString() {
        return "MySqlSettings[user=" + user + ", database=" + database + ", sslmode=" + sslmode + "]";
    }

    /**
     * @throws InvalidOptionException for a charset sqlwire cannot decode
     */
    public static MySqlSettings from(ConnectOptions o) {
        String charset = MySqlCharsets.canonical(MysqlOptions.CHARSET.get(o));
        String collation = MysqlOptions.COLLATION.get(o);
        if (collation != null) {
            MySqlCharsets.collation(charset, collation);
        }
        if (Boolean.TRUE.equals(MysqlOptions.COMPRESS.get(o))) {
            throw new io.sqlwire.NotSupportedException("compress=true: the compressed protocol is not implemented"
                    + " yet; connect without it", "0A000", 0, false, null);
        }
        String user = o.user() != null ? o.user() : System.getProperty("user.name", "");
        Duration connect = positive(CoreOptions.CONNECT_TIMEOUT.get(o));
        Integer flag = MysqlOptions.CLIENT_FLAG.get(o);
        return new MySqlSettings(user, o.password(), o.database(), TlsOptions.SSLMODE.get(o), tls(o, connect),
                charset, collation, MysqlOptions.SQL_MODE.get(o),
                MysqlOptions.INIT_COMMAND.get(o), Boolean.TRUE.equals(CoreOptions.AUTOCOMMIT.get(o)),
                CoreOptions.APPLICATION_NAME.get(o), flag == null ? 0 : flag, MysqlOptions.AUTH_PLUGIN.get(o),
                connect, positive(CoreOptions.READ_TIMEOUT.get(o)), AuthContext.fromOptions(o, new byte[0], false, false),
                new LocalInfilePolicy(Boolean.TRUE.equals(MysqlOptions.LOCAL_INFILE.get(o)),
                        MysqlOptions.LOCAL_INFILE_DIR.get(o)), positive(CoreOptions.STATEMENT_TIMEOUT.get(o)));
    }

    /** The same settings for another identity (COM_CHANGE_USER). */
    public MySqlSettings withIdentity(String newUser, Secret newPassword, String newDatabase) {
        return new MySqlSettings(newUser, newPassword, newDatabase, sslmode, tls, charset, collation, sqlMode,
                initCommand, autocommit, programName, clientFlag, authPlugin, connectTimeout, readTimeout,
                new AuthContext(newPassword, new byte[0], false, false, auth.serverPublicKeyFile(),
                        auth.allowPublicKeyRetrieval(), auth.allowCleartextPassword()), localInfile, statementTimeout);
    }

    /** The same settings with another autocommit mode, as the session should be after a reset or reconnect. */
    public MySqlSettings withAutocommit(boolean on) {
        return new MySqlSettings(user, password, database, sslmode, tls, charset, collation, sqlMode, initCommand, on,
                programName, clientFlag, authPlugin, connectTimeout, readTimeout, auth, localInfile, statementTimeout);
    }

    /** The same settings with another connection charset and collation ({@code null}: the charset's default). */
    public MySqlSettings withCharset(String newCharset, String newCollation) {
        return new MySqlSettings(user, password, database, sslmode, tls, newCharset, newCollation, sqlMode, initCommand,
                autocommit, programName, clientFlag, authPlugin, connectTimeout, readTimeout, auth, localInfile,
                statementTimeout);
    }

    /** Whether TLS is wanted at all. */
    public boolean wantsTls() {
        return !"disable".equals(sslmode);
    }

    /** Whether a server without TLS must be refused. */
    public boolean requiresTls() {
        return wantsTls() && !"prefer".equals(sslmode) && !"allow".equals(sslmode);
    }

    private static TlsSettings tls(ConnectOptions o, Duration connectTimeout) {
        TlsMode mode = switch (TlsOptions.SSLMODE.get(o)) {
            case "verify-ca" -> TlsMode.VERIFY_CA;
            case "verify-full" -> TlsMode.VERIFY_FULL;
            case "disable" -> TlsMode.NONE;
            default -> TlsMode.TRUST_ANY;
        };
        TlsSettings.Builder b = TlsSettings.builder().mode(mode).rootCert(TlsOptions.SSLROOTCERT.get(o))
                .clientCert(TlsOptions.SSLCERT.get(o)).clientKey(TlsOptions.SSLKEY.get(o))
                .keyPassword(TlsOptions.SSLPASSWORD.get(o)).crl(TlsOptions.SSLCRL.get(o))
                .sni(!Boolean.FALSE.equals(TlsOptions.SSLSNI.get(o)))
                // a handshake timeout is always on: the connect timeout, else the transport's default
                .handshakeTimeout(connectTimeout != null ? connectTimeout : TlsSettings.DEFAULT_HANDSHAKE_TIMEOUT);
        List<String> versions = TlsOptions.TLS_VERSION.get(o);
        if (versions != null && !versions.isEmpty()) {
            List<String> sorted = versions.stream().sorted().toList();
            b.minProtocol(sorted.get(0)).maxProtocol(sorted.get(sorted.size() - 1));
        }
        return b.build();
    }

    private static Duration positive(Duration d) {
        return d == null || d.isZero() || d.isNegative() ? null : d;
    }
}
