package io.sqlwire.core.transport;

import io.sqlwire.InvalidOptionException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CRL;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads certificates, CRLs and PEM blocks from files. Failures are {@link InvalidOptionException}s
 * that name the option and the file, since a bad file is a configuration problem.
 */
public final class PemFiles {

    /** One PEM block: the label after {@code BEGIN}, RFC 1421 headers (legacy encryption), the decoded bytes. */
    record Block(String label, Map<String, String> headers, byte[] der) {
    }

    private PemFiles() {
    }

    /**
     * The certificates in a PEM file (one or many) or a DER file, in file order.
     *
     * @param option the option that named the file, for messages (e.g. {@code sslrootcert})
     */
    public static List<X509Certificate> certificates(Path file, String option) {
        byte[] bytes = read(file, option);
        try {
            List<X509Certificate> out = new ArrayList<>();
            for (var c : CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(bytes))) {
                out.add((X509Certificate) c);
            }
            if (out.isEmpty()) {
                throw new InvalidOptionException(option, option + " file " + file + " contains no certificate");
            }
            return out;
        } catch (GeneralSecurityException e) {
            throw new InvalidOptionException(option, option + " file " + file + " is not a valid PEM or DER certificate file: "
                    + IoFailures.describe(e), e);
        }
    }

    /** The certificate revocation lists in a PEM or DER file. */
    public static List<X509CRL> crls(Path file, String option) {
        byte[] bytes = read(file, option);
        try {
            List<X509CRL> out = new ArrayList<>();
            for (CRL c : CertificateFactory.getInstance("X.509").generateCRLs(new ByteArrayInputStream(bytes))) {
                out.add((X509CRL) c);
            }
            if (out.isEmpty()) {
                throw new InvalidOptionException(option, option + " file " + file + " contains no CRL");
            }
            return out;
        } catch (GeneralSecurityException e) {
            throw new InvalidOptionException(option, option + " file " + file + " is not a valid PEM or DER CRL file: "
                    + IoFailures.describe(e), e);
        }
    }

    static byte[] read(Path file, String option) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidOptionException(option, option + " file " + file + " cannot be read: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        }
    }

    /** Whether the bytes look like PEM text rather than DER. */
    static boolean isPem(byte[] bytes) {
        return new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1).contains("-----BEGIN ");
    }

    /** The PEM blocks in {@code text}, in order; text outside blocks is ignored. */
    static List<Block> blocks(String text) {
        List<Block> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int begin = text.indexOf("-----BEGIN ", from);
            if (begin < 0) {
                return out;
            }
            int labelEnd = text.indexOf("-----", begin + 11);
            if (labelEnd < 0) {
                throw new IllegalArgumentException("unterminated PEM BEGIN line");
            }
            String label = text.substring(begin + 11, labelEnd);
            String endLine = "-----END " + label + "-----";
            int end = text.indexOf(endLine, labelEnd);
            if (end < 0) {
                throw new IllegalArgumentException("missing " + endLine);
            }
            out.add(block(label, text.substring(labelEnd + 5, end)));
            from = end + endLine.length();
        }
    }

    private static Block block(String label, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        StringBuilder base64 = new StringBuilder();
        for (String line : body.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && base64.isEmpty()) {
                headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            } else {
                base64.append(line.trim());
            }
        }
        return new Block(label, headers, Base64.getMimeDecoder().decode(base64.toString()));
    }
}
