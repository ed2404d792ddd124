package io.sqlwire.core.error;

/**
 * How an {@link ExceptionFactory} classifies an error.
 *
 * @param category the exception category
 * @param sqlState the SQLSTATE to report: the server's, else the vendor table's, else {@code null}
 * @param transientFailure whether a retry may succeed
 */
public record ErrorClassification(ErrorCategory category, String sqlState, boolean transientFailure) {
}
