package io.sqlwire.core.sql;

import java.util.List;

/**
 * The placeholders of one statement, in order of appearance.
 *
 * @param style the style the statement uses
 * @param count the number of parameters the statement needs: the number of {@code ?}, or the
 *     highest {@code n} of the {@code $n} placeholders
 * @param placeholders every placeholder, in text order
 * @param escapedQuestionMarks whether the text holds PostgreSQL {@code ??} escapes, which must be
 *     turned back into {@code ?} before the text goes to the server
 */
public record Placeholders(PlaceholderStyle style, int count, List<Placeholder> placeholders,
        boolean escapedQuestionMarks) {

    public Placeholders {
        placeholders = List.copyOf(placeholders);
    }

    /** Whether the text must be rewritten before it goes to the server as it is. */
    boolean needsRewrite() {
        return style == PlaceholderStyle.POSITIONAL || escapedQuestionMarks;
    }
}
