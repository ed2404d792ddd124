/** Rows, columns and value conversion shared by every backend. */
package io.sqlwire.core.result;
