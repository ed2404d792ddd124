/** PostgreSQL backend: driver entry point. */
package io.sqlwire.postgres;
