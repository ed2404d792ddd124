/**
 * Shared behaviour tests that every backend runs, written only against the public API.
 *
 * <p>A backend extends {@link io.sqlwire.testkit.tck.ConnectionBehaviour}, says how to open a
 * connection with default options and which {@link io.sqlwire.testkit.tck.Dialect} its SQL
 * needs, and inherits every test of {@link io.sqlwire.testkit.tck.QueryBehaviour},
 * {@link io.sqlwire.testkit.tck.RowBehaviour}, {@link io.sqlwire.testkit.tck.TransactionBehaviour},
 * {@link io.sqlwire.testkit.tck.ErrorBehaviour} and {@link io.sqlwire.testkit.tck.LiteralBehaviour}:
 * <pre>{@code
 * class SqliteMemoryConnectionTest extends ConnectionBehaviour {
 *     public Connection connect() { return Sqlwire.connect(options(":memory:")); }
 *     public Dialect dialect() { return Dialect.sqlite(false); }
 * }
 * }</pre>
 */
package io.sqlwire.testkit.tck;
