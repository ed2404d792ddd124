/** Shared behaviour tests that every backend runs. */
package io.sqlwire.testkit.tck;
