/**
 * Backend-neutral building blocks for sessions: a cursor base that implements the fetch family on
 * top of one "next row" primitive, transaction blocks with savepoints, and a connection base that
 * ties them together. PostgreSQL, MySQL and SQLite share them.
 */
package io.sqlwire.core.session;
