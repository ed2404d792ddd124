package io.sqlwire.postgres.auth;

import java.util.Locale;

/**
 * The authentication methods a PostgreSQL server can ask for, under their {@code require_auth}
 * keywords. {@link #NONE} stands for "the server sent AuthenticationOk without asking for anything"
 * (trust, peer and client-certificate-only logins).
 */
public enum AuthMethod {
    /** No authentication exchange. */
    NONE("none"),
    /** AuthenticationCleartextPassword (code 3). */
    PASSWORD("password"),
    /** AuthenticationMD5Password (code 5). */
    MD5("md5"),
    /** AuthenticationGSS (code 7) and GSSContinue (code 8). */
    GSS("gss"),
    /** AuthenticationSSPI (code 9). */
    SSPI("sspi"),
    /** AuthenticationSASL (code 10) with a SCRAM-SHA-256 mechanism. */
    SCRAM_SHA_256("scram-sha-256"),
    /** AuthenticationSASL (code 10) with OAUTHBEARER. */
    OAUTH("oauth");

    private final String keyword;

    AuthMethod(String keyword) {
        this.keyword = keyword;
    }

    /** The {@code require_auth} keyword, e.g. {@code scram-sha-256}. */
    public String keyword() {
        return keyword;
    }

    /** The method for a {@code require_auth} keyword (case-insensitive), or {@code null} when unknown. */
    static AuthMethod ofKeyword(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        for (AuthMethod m : values()) {
            if (m.keyword.equals(w)) {
                return m;
            }
        }
        return null;
    }
}
