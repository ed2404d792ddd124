package io.sqlwire.mysql.session;

import io.sqlwire.InvalidOptionException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The connection character sets sqlwire speaks: the ones whose text it can encode and decode
 * exactly. MySQL's {@code latin1} is Windows-1252; {@code binary} sends text as ISO-8859-1 (one
 * byte per char) and its string columns decode as bytes (charset id 63).
 */
public final class MySqlCharsets {

    private static final Map<String, Charset> JAVA = Map.of(
            "utf8mb4", StandardCharsets.UTF_8,
            "utf8mb3", StandardCharsets.UTF_8,
            "utf8", StandardCharsets.UTF_8,
            "latin1", Charset.forName("windows-1252"),
            "ascii", StandardCharsets.US_ASCII,
            "binary", StandardCharsets.ISO_8859_1);

    private static final Pattern COLLATION = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private MySqlCharsets() {
    }

    /**
     * The lower-case MySQL name of a supported charset.
     *
     * @throws InvalidOptionException for any other
     */
    public static String canonical(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (!JAVA.containsKey(n)) {
            throw new InvalidOptionException("charset", "charset \"" + name + "\" is not supported: sqlwire speaks "
                    + "utf8mb4, utf8mb3 (utf8), latin1, ascii or binary with the server");
        }
        return n;
    }

    /** The Java charset of a supported MySQL charset. */
    public static Charset java(String name) {
        return JAVA.get(canonical(name));
    }

    /**
     * A collation name checked to be a bare identifier of the charset (e.g. {@code latin1_swedish_ci}
     * for latin1; utf8 and utf8mb3 accept each other's).
     *
     * @throws InvalidOptionException when it is not
     */
    public static String collation(String charset, String collation) {
        String c = collation.strip().toLowerCase(Locale.ROOT);
        String cs = canonical(charset);
        boolean matches = c.startsWith(cs + "_") || cs.equals("binary") && c.equals("binary")
                || (cs.equals("utf8") || cs.equals("utf8mb3")) && (c.startsWith("utf8_") || c.startsWith("utf8mb3_"));
        if (!COLLATION.matcher(c).matches() || !matches) {
            throw new InvalidOptionException("collation", "collation \"" + collation + "\" is not a collation of "
                    + "charset " + cs);
        }
        return c;
    }

    /** The configured collation when it belongs to the charset, else {@code null} (the charset's default). */
    public static String collationIfOf(String charset, String collation) {
        if (collation == null) {
            return null;
        }
        try {
            return collation(charset, collation);
        } catch (InvalidOptionException e) {
            return null;
        }
    }
}
