package io.sqlwire.core.sql;

/**
 * Statement text rewritten for PostgreSQL's extended protocol by {@link SqlLexer#toNumbered(String)}.
 *
 * @param sql the text with {@code $n} placeholders only and every {@code ??} turned into {@code ?}
 * @param parameterCount the number of parameters the statement needs (the highest {@code n})
 */
public record NumberedSql(String sql, int parameterCount) {
}
