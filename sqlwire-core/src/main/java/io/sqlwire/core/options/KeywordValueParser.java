package io.sqlwire.core.options;

import io.sqlwire.InvalidOptionException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * libpq's keyword/value form: {@code key = value} pairs separated by whitespace. A value may be
 * single-quoted; {@code \'} and {@code \\} escape a quote and a backslash, quoted or not. As in
 * libpq, whitespace after {@code =} is skipped, so {@code key= value} sets {@code key} to
 * {@code value}, and a later key wins over an earlier one.
 */
final class KeywordValueParser {

    private final String s;
    private int i;

    private KeywordValueParser(String s) {
        this.s = s;
    }

    static Map<String, Object> parse(String conninfo) {
        return new KeywordValueParser(conninfo).pairs();
    }

    private Map<String, Object> pairs() {
        Map<String, Object> out = new LinkedHashMap<>();
        String previousKey = null;
        while (true) {
            skipSpace();
            if (i >= s.length()) {
                return out;
            }
            String key = keyword(previousKey);
            skipSpace();
            if (i >= s.length() || s.charAt(i) != '=') {
                throw missingEquals(key, previousKey);
            }
            i++;
            skipSpace();
            out.put(key, value(key));
            previousKey = key;
        }
    }

    private String keyword(String previousKey) {
        int start = i;
        while (i < s.length() && s.charAt(i) != '=' && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i == start) {
            throw new InvalidOptionException(null, "missing keyword before \"=\" at position " + (i + 1)
                    + " of the connection string");
        }
        return s.substring(start, i);
    }

    private String value(String key) {
        StringBuilder v = new StringBuilder();
        if (i < s.length() && s.charAt(i) == '\'') {
            i++;
            while (true) {
                if (i >= s.length()) {
                    throw new InvalidOptionException(key, "unterminated quoted value for \"" + key + "\"");
                }
                char c = s.charAt(i++);
                if (c == '\'') {
                    return v.toString();
                }
                if (c == '\\' && i < s.length()) {
                    c = s.charAt(i++);
                }
                v.append(c);
            }
        }
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            char c = s.charAt(i++);
            if (c == '\\' && i < s.length()) {
                c = s.charAt(i++);
            }
            v.append(c);
        }
        return v.toString();
    }

    private InvalidOptionException missingEquals(String word, String previousKey) {
        // a stray word right after a secret is most likely the rest of an unquoted password: never echo it
        boolean afterSecret = previousKey != null
                && OptionTable.find(previousKey).map(Option::isSecret).orElse(false);
        if (afterSecret) {
            return new InvalidOptionException(previousKey, "missing \"=\" after the value of \"" + previousKey
                    + "\" in the connection string (quote values that contain spaces: " + previousKey + "='...')");
        }
        return new InvalidOptionException(word, "missing \"=\" after \"" + word + "\" in the connection string");
    }

    private void skipSpace() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }
}
