/** MySQL and MariaDB backend: driver entry point. */
package io.sqlwire.mysql;
