/** The sqlwire command-line shell. */
package io.sqlwire.cli;
