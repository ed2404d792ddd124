package io.sqlwire.core.error;

import java.util.Objects;

/**
 * What a database's own error number means, for servers whose SQLSTATE alone says too little
 * (MySQL sends {@code HY000} for many errors, SQLite sends no SQLSTATE at all).
 *
 * @param code the vendor error number, e.g. MySQL's 1205 (lock wait timeout)
 * @param sqlState the SQLSTATE to report when the server sent none, or {@code null}
 * @param category the exception category
 * @param transientFailure whether a retry may succeed
 */
public record VendorCode(int code, String sqlState, ErrorCategory category, boolean transientFailure) {

    public VendorCode {
        Objects.requireNonNull(category, "category");
        if (sqlState != null && sqlState.length() != 5) {
            throw new IllegalArgumentException("a SQLSTATE has five characters, not '" + sqlState + "'");
        }
    }
}
