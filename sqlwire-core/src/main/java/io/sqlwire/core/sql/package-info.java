/**
 * SQL text utilities shared by the backends: {@link io.sqlwire.core.sql.SqlLexer} finds and
 * rewrites placeholders and splits scripts into statements, following the lexical rules of each
 * {@link io.sqlwire.core.sql.Dialect}.
 */
package io.sqlwire.core.sql;
