package io.sqlwire.core.error;

/**
 * One SQLSTATE from {@link SqlStateTable}.
 *
 * @param code the five-character SQLSTATE, e.g. {@code 23505}
 * @param conditionName its condition name, e.g. {@code unique_violation}
 * @param outcome whether the code reports success, a warning or an error
 * @param sqlClass the class it belongs to
 */
public record SqlStateInfo(String code, String conditionName, Outcome outcome, SqlStateClass sqlClass) {

    /** What a SQLSTATE reports. */
    public enum Outcome {
        SUCCESS, WARNING, ERROR
    }
}
