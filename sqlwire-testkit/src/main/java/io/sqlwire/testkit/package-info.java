/** Test kit: the harness servers as a JUnit 5 extension, server controls, the fault proxy. */
package io.sqlwire.testkit;
