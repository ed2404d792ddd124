/** The one option table and the connection-string layer (URI, key=value, env vars, service files) built on it. */
package io.sqlwire.core.options;
