/** SQLSTATE tables and the mapping from SQLSTATE to exception category. */
package io.sqlwire.core.error;
