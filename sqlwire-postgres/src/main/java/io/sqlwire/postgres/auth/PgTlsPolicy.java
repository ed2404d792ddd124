package io.sqlwire.postgres.auth;

import io.sqlwire.ConnectOptions;
import io.sqlwire.InvalidOptionException;
import io.sqlwire.core.options.CoreOptions;
import io.sqlwire.core.options.Environment;
import io.sqlwire.core.options.TlsOptions;
import io.sqlwire.core.transport.TlsMode;
import io.sqlwire.core.transport.TlsSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * libpq's TLS rules, turned into a {@link PgTlsPlan}:
 *
 * <ul>
 *   <li>{@code sslmode}: disable, allow (plain first), prefer (TLS first, the default), require,
 *       verify-ca, verify-full. allow, prefer and require verify the chain (as verify-ca) when a root
 *       certificate file exists: {@code sslrootcert}, or {@code ~/.postgresql/root.crt} when unset.
 *       verify-ca and verify-full fail when there is none.</li>
 *   <li>{@code sslrootcert=system}: the JDK trust store, and sslmode becomes verify-full; an explicitly
 *       weaker sslmode is an error.</li>
 *   <li>{@code sslcert} / {@code sslkey}: default {@code ~/.postgresql/postgresql.crt} and {@code .key}
 *       when those exist; a key needs a certificate and vice versa; a key file readable by group or
 *       others is refused (0640 is accepted for files owned by root), as libpq does. {@code
 *       sslcertmode=disable} sends no certificate; {@code require} is checked at AuthenticationOk by
 *       {@link Authenticator}: a certificate must have been sent (stricter than libpq, which also
 *       accepts a server that asked when the client had none, because the JDK does not report a
 *       request that went unanswered).</li>
 *   <li>{@code sslpassword}, {@code sslcrl} and {@code sslcrldir} (merged, see {@link CrlDirectory}),
 *       {@code sslsni}, {@code ssl_min_protocol_version} / {@code ssl_max_protocol_version}.</li>
 *   <li>The handshake is bounded by {@code connect_timeout}, or 10 s when that is 0 (wait forever).</li>
 *   <li>{@code sslnegotiation=direct}: TLS at once with ALPN {@code postgresql}; only with sslmode
 *       require or stronger.</li>
 * </ul>
 */
public final class PgTlsPolicy {

    /** The ALPN protocol that direct TLS offers. */
    public static final String ALPN = "postgresql";

    private static final List<String> MODES = List.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
    private static final List<String> TLS_VERSIONS = List.of("TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3");

    private PgTlsPolicy() {
    }

    /**
     * The plan for {@code options}; {@code env} supplies the home directory for the default files.
     * Call it once per connect, before the first TCP host: Unix-domain sockets never use TLS, and
     * libpq does not complain about a missing root file when only sockets are tried.
     *
     * @throws InvalidOptionException naming the option when the TLS options contradict each other or
     *     a file they name is missing or unsafe
     */
    public static PgTlsPlan from(ConnectOptions options, Environment env) {
        String root = TlsOptions.SSLROOTCERT.get(options);
        String mode = effectiveMode(options, root);
        boolean direct = "direct".equals(TlsOptions.SSLNEGOTIATION.get(options));
        if (direct && MODES.indexOf(mode) < MODES.indexOf("require")) {
            throw new InvalidOptionException("sslnegotiation", "sslnegotiation=direct needs sslmode require, "
                    + "verify-ca or verify-full (direct TLS has no plain-text fallback), but sslmode is " + mode);
        }
        if (mode.equals("disable")) {
            return new PgTlsPlan(mode, List.of(PgTlsPlan.Attempt.PLAIN), TlsSettings.NONE, "disable");
        }
        Path pgDir = env.home() == null ? null : env.home().resolve(".postgresql");
        String rootCert = rootCert(root, pgDir, mode);
        TlsSettings.Builder b = TlsSettings.builder().mode(tlsMode(mode, rootCert)).rootCert(rootCert);
        String certMode = clientCertificate(options, pgDir, b);
        b.keyPassword(TlsOptions.SSLPASSWORD.get(options))
                .crl(CrlDirectory.merge(TlsOptions.SSLCRL.find(options).orElse(null),
                        TlsOptions.SSLCRLDIR.find(options).orElse(null)))
                .sni(!Boolean.FALSE.equals(TlsOptions.SSLSNI.get(options)))
                .handshakeTimeout(handshakeTimeout(options))
                .alpn(direct ? List.of(ALPN) : List.of());
        protocols(options, b);
        return new PgTlsPlan(mode, attempts(mode, direct), b.build(), certMode);
    }

    private static String effectiveMode(ConnectOptions options, String root) {
        String mode = TlsOptions.SSLMODE.get(options);
        if (!TlsSettings.SYSTEM_ROOTS.equals(root)) {
            return mode;
        }
        if (TlsOptions.SSLMODE.isSet(options) && !mode.equals("verify-full")) {
            throw new InvalidOptionException("sslmode", "weak sslmode \"" + mode
                    + "\" may not be used with sslrootcert=system (use verify-full)");
        }
        return "verify-full";
    }

    private static List<PgTlsPlan.Attempt> attempts(String mode, boolean direct) {
        return switch (mode) {
            case "allow" -> List.of(PgTlsPlan.Attempt.PLAIN, PgTlsPlan.Attempt.SSL_REQUEST);
            case "prefer" -> List.of(PgTlsPlan.Attempt.SSL_REQUEST, PgTlsPlan.Attempt.PLAIN);
            default -> List.of(direct ? PgTlsPlan.Attempt.DIRECT_TLS : PgTlsPlan.Attempt.SSL_REQUEST);
        };
    }

    private static TlsMode tlsMode(String mode, String rootCert) {
        return switch (mode) {
            case "verify-full" -> TlsMode.VERIFY_FULL;
            case "verify-ca" -> TlsMode.VERIFY_CA;
            // libpq verifies the chain in the weaker modes too once a root file exists (compatibility)
            default -> rootCert != null ? TlsMode.VERIFY_CA : TlsMode.TRUST_ANY;
        };
    }

    /** The root file to use, {@link TlsSettings#SYSTEM_ROOTS}, or {@code null} when none exists. */
    private static String rootCert(String root, Path pgDir, String mode) {
        if (TlsSettings.SYSTEM_ROOTS.equals(root)) {
            return root;
        }
        Path file = root != null ? Path.of(root) : pgDir == null ? null : pgDir.resolve("root.crt");
        if (file != null && Files.exists(file)) {
            return file.toString();
        }
        if (mode.startsWith("verify-")) {
            String where = file == null ? "~/.postgresql/root.crt (no home directory)" : "\"" + file + "\"";
            throw new InvalidOptionException("sslrootcert", "root certificate file " + where + " does not exist, "
                    + "but sslmode=" + mode + " needs it: provide the file, use the system's trusted roots with "
                    + "sslrootcert=system, or choose a weaker sslmode");
        }
        return null;
    }

    /** Sets the client certificate and key on {@code b}; returns the sslcertmode. */
    private static String clientCertificate(ConnectOptions options, Path pgDir, TlsSettings.Builder b) {
        String certMode = TlsOptions.SSLCERTMODE.get(options);
        if ("disable".equals(certMode)) {
            return certMode;
        }
        Path cert = file(TlsOptions.SSLCERT.find(options).orElse(null), pgDir, "postgresql.crt", "sslcert");
        if (cert == null) {
            return certMode;
        }
        Path key = file(TlsOptions.SSLKEY.find(options).orElse(null), pgDir, "postgresql.key", "sslkey");
        if (key == null) {
            throw new InvalidOptionException("sslkey", "certificate present (" + cert + "), but no private key file: "
                    + "set sslkey" + (pgDir == null ? "" : " (looked for " + pgDir.resolve("postgresql.key") + ")"));
        }
        KeyFilePermissions.check(key);
        b.clientCert(cert).clientKey(key);
        return certMode;
    }

    /** The explicit file (which must exist), else the default in ~/.postgresql when it exists, else null. */
    private static Path file(Path explicit, Path pgDir, String defaultName, String option) {
        if (explicit != null) {
            if (!Files.exists(explicit)) {
                throw new InvalidOptionException(option, option + " file \"" + explicit + "\" does not exist");
            }
            return explicit;
        }
        Path dflt = pgDir == null ? null : pgDir.resolve(defaultName);
        return dflt != null && Files.exists(dflt) ? dflt : null;
    }

    private static Duration handshakeTimeout(ConnectOptions options) {
        Duration t = CoreOptions.CONNECT_TIMEOUT.get(options);
        return t == null || t.isZero() || t.isNegative() ? TlsSettings.DEFAULT_HANDSHAKE_TIMEOUT : t;
    }

    private static void protocols(ConnectOptions options, TlsSettings.Builder b) {
        String min = TlsOptions.SSL_MIN_PROTOCOL_VERSION.get(options);
        String max = TlsOptions.SSL_MAX_PROTOCOL_VERSION.find(options).orElse(null);
        if (min != null && max != null && TLS_VERSIONS.indexOf(min) > TLS_VERSIONS.indexOf(max)) {
            throw new InvalidOptionException("ssl_max_protocol_version", "invalid TLS protocol version range: "
                    + "ssl_min_protocol_version=" + min + " is newer than ssl_max_protocol_version=" + max);
        }
        b.minProtocol(min == null ? TlsSettings.DEFAULT_MIN_PROTOCOL : min).maxProtocol(max);
    }
}
