package io.sqlwire.postgres.auth;

import io.sqlwire.InvalidOptionException;
import io.sqlwire.core.transport.PemFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * {@code sslcrldir} support. The transport takes one CRL file, so the lists from {@code sslcrl}
 * and every file of {@code sslcrldir} are merged into one PEM file in the temporary directory.
 * Merged files are cached by their sources and those sources' modification times, so repeated
 * connects do not write new files; a changed directory gives a new file.
 */
final class CrlDirectory {

    private static final ConcurrentHashMap<String, Path> MERGED = new ConcurrentHashMap<>();

    private CrlDirectory() {
    }

    /** {@code crl} alone when {@code dir} is null, else the merged file. */
    static Path merge(Path crl, Path dir) {
        if (dir == null) {
            return crl;
        }
        if (!Files.isDirectory(dir)) {
            throw new InvalidOptionException("sslcrldir", "sslcrldir \"" + dir + "\" is not a directory");
        }
        List<Path> sources = new ArrayList<>();
        if (crl != null) {
            sources.add(crl);
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(Files::isRegularFile).sorted().forEach(sources::add);
        } catch (IOException e) {
            throw new InvalidOptionException("sslcrldir", "sslcrldir \"" + dir + "\" cannot be listed: " + e.getMessage(), e);
        }
        if (sources.isEmpty()) {
            return null;
        }
        return MERGED.compute(key(sources), (k, old) -> old != null && Files.exists(old) ? old : write(sources, crl));
    }

    private static String key(List<Path> sources) {
        StringBuilder sb = new StringBuilder();
        for (Path p : sources) {
            try {
                sb.append(p.toAbsolutePath()).append('@').append(Files.getLastModifiedTime(p).toMillis()).append('\n');
            } catch (IOException e) {
                sb.append(p.toAbsolutePath()).append("@?\n");
            }
        }
        return sb.toString();
    }

    private static Path write(List<Path> sources, Path crl) {
        StringBuilder pem = new StringBuilder();
        Base64.Encoder mime = Base64.getMimeEncoder(64, new byte[] {'\n'});
        for (Path p : sources) {
            for (X509CRL c : PemFiles.crls(p, p.equals(crl) ? "sslcrl" : "sslcrldir")) {
                pem.append("-----BEGIN X509 CRL-----\n").append(mime.encodeToString(encoded(c)))
                        .append("\n-----END X509 CRL-----\n");
            }
        }
        try {
            Path out = Files.createTempFile("sqlwire-crl-", ".pem");
            out.toFile().deleteOnExit();
            Files.writeString(out, pem, StandardCharsets.US_ASCII);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the merged CRL file", e);
        }
    }

    private static byte[] encoded(X509CRL c) {
        try {
            return c.getEncoded();
        } catch (CRLException e) {
            throw new InvalidOptionException("sslcrldir", "a CRL cannot be re-encoded: " + e.getMessage(), e);
        }
    }
}
