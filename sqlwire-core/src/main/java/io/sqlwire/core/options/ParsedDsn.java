package io.sqlwire.core.options;

import io.sqlwire.InvalidOptionException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A connection string split into raw values, before the table validates them.
 *
 * @param backend backend or scheme name, or {@code null} to infer it
 * @param fixed whether the backend is fixed (a URI scheme, a builder's backend) rather than a default
 *     a {@code backend} key may override
 * @param values option names or aliases as written, to values, in order
 */
record ParsedDsn(String backend, boolean fixed, Map<String, Object> values) {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /** Splits a URI ({@code scheme:...}, an optional {@code jdbc:} prefix allowed) or a libpq key=value string. */
    static ParsedDsn parse(String dsn) {
        if (dsn == null) {
            throw new InvalidOptionException(null, "connection string is null");
        }
        String s = dsn.strip();
        if (s.regionMatches(true, 0, "jdbc:", 0, 5)) {
            s = s.substring(5);
        }
        if (SCHEME.matcher(s).find()) {
            return UriParser.parse(s);
        }
        return new ParsedDsn(Backend.POSTGRESQL.canonicalName(), false, KeywordValueParser.parse(s));
    }

    static ParsedDsn ofValues(String backend, Map<String, Object> values) {
        return new ParsedDsn(backend, backend != null, new LinkedHashMap<>(values));
    }
}
