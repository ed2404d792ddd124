/**
 * PostgreSQL authentication and TLS policy, free of protocol messages: the connection's state
 * machine calls these and turns their results into messages.
 *
 * <ul>
 *   <li>{@link io.sqlwire.postgres.auth.PgTlsPolicy#from} gives a {@link io.sqlwire.postgres.auth.PgTlsPlan}:
 *       which encryption attempts to make, in which order, with which {@code TlsSettings}.</li>
 *   <li>{@link io.sqlwire.postgres.auth.Authenticator} answers each AuthenticationXxx request of one
 *       connection attempt (cleartext, md5, SCRAM-SHA-256, SCRAM-SHA-256-PLUS) and enforces
 *       {@code require_auth}, {@code channel_binding} and the clear-text policy.</li>
 *   <li>The pieces it uses are usable alone: {@link io.sqlwire.postgres.auth.ScramClient},
 *       {@link io.sqlwire.postgres.auth.SaslMechanisms}, {@link io.sqlwire.postgres.auth.SaslPrep},
 *       {@link io.sqlwire.postgres.auth.Md5Password}, {@link io.sqlwire.postgres.auth.RequireAuth},
 *       {@link io.sqlwire.postgres.auth.CleartextPolicy}.</li>
 * </ul>
 */
package io.sqlwire.postgres.auth;
