/**
 * Error mapping shared by the backends: the generated {@link io.sqlwire.core.error.SqlStateTable}
 * of every PostgreSQL SQLSTATE, {@link io.sqlwire.core.error.ErrorCategory} (SQLSTATE to DB-API
 * category), and {@link io.sqlwire.core.error.ExceptionFactory}, which builds the
 * {@code io.sqlwire} exception for a server error, with pluggable vendor-code tables.
 */
package io.sqlwire.core.error;
