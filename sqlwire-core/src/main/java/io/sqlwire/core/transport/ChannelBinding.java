package io.sqlwire.core.transport;

import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.security.spec.PSSParameterSpec;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TLS channel binding data, for SCRAM's {@code -PLUS} mechanisms.
 *
 * <p>{@code tls-server-end-point} (RFC 5929 §4.1) is the hash of the server's end-entity
 * certificate (its DER encoding), with the hash function of the certificate's signature
 * algorithm; MD5 and SHA-1 are replaced by SHA-256.
 */
public final class ChannelBinding {
    private static final Pattern HASH_WITH = Pattern.compile("(SHA-?(1|224|256|384|512)|MD5)WITH.*");

    private ChannelBinding() {
    }

    /**
     * The {@code tls-server-end-point} data for {@code cert}, or empty when its signature
     * algorithm names no hash function this method knows (e.g. Ed25519), in which case a
     * {@code -PLUS} mechanism cannot be used.
     */
    public static Optional<byte[]> tlsServerEndPoint(X509Certificate cert) {
        try {
            Optional<String> hash = hashOf(cert);
            if (hash.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(MessageDigest.getInstance(hash.get()).digest(cert.getEncoded()));
        } catch (GeneralSecurityException | java.io.IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> hashOf(X509Certificate cert) throws GeneralSecurityException, java.io.IOException {
        String alg = cert.getSigAlgName().toUpperCase(Locale.ROOT);
        if (alg.equals("RSASSA-PSS")) {
            AlgorithmParameters p = AlgorithmParameters.getInstance("RSASSA-PSS");
            p.init(cert.getSigAlgParams());
            return Optional.of(upgrade(p.getParameterSpec(PSSParameterSpec.class).getDigestAlgorithm()));
        }
        Matcher m = HASH_WITH.matcher(alg);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(upgrade(m.group(1)));
    }

    /** {@code SHA256} → {@code SHA-256}; MD5 and SHA-1 → {@code SHA-256}, as RFC 5929 says. */
    private static String upgrade(String hash) {
        String h = hash.toUpperCase(Locale.ROOT).replace("-", "");
        return switch (h) {
            case "MD5", "SHA1" -> "SHA-256";
            default -> "SHA-" + h.substring(3);
        };
    }
}
