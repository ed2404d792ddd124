package io.sqlwire.core.options;

/**
 * One option as resolved for a connection, for {@code sqlwire doctor}.
 *
 * @param option the table row
 * @param value the canonical text value; {@code ********} for a secret that is set; the default
 *     (or {@code null} when there is none) for an option that is not set
 * @param source where the value came from
 * @param origin a human-readable detail of the source: {@code connection string},
 *     {@code environment variable PGHOST}, {@code service "x" in /path line 3}, {@code default}, ...
 */
public record ResolvedOption(Option<?> option, String value, Source source, String origin) {

    /** Whether the option was set by a source above the default. */
    public boolean isSet() {
        return source != Source.DEFAULT;
    }
}
