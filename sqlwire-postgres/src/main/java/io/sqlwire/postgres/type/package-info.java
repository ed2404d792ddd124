/**
 * PostgreSQL type codecs, one class per type family, registered by {@link
 * io.sqlwire.postgres.type.PgCodecProvider}; {@link io.sqlwire.postgres.type.PgTypes} holds the
 * built-in OIDs and {@link io.sqlwire.postgres.type.PgParameters} binds parameters. Internal to
 * sqlwire-postgres (not exported); the Java mapping is documented in docs/postgres-types.md.
 */
package io.sqlwire.postgres.type;
