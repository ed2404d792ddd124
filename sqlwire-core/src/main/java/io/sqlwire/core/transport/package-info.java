/** Byte transports: TCP, TLS upgrade, Unix-domain sockets. No protocol knowledge here. */
package io.sqlwire.core.transport;
