package io.sqlwire.core.error;

/**
 * A SQLSTATE class: the first two characters of a SQLSTATE.
 *
 * @param code the two-character class code, e.g. {@code 23}
 * @param description its name, e.g. {@code Integrity Constraint Violation}
 */
public record SqlStateClass(String code, String description) {
}
