package io.sqlwire;

/**
 * A warning or notice the server raised while running a statement.
 *
 * @param level the server's severity word, e.g. {@code WARNING}, {@code NOTICE}, {@code Note}
 * @param sqlState the SQLSTATE, or {@code null}
 * @param code the vendor code, or 0
 * @param message the text
 */
public record Warning(String level, String sqlState, int code, String message) {
}
