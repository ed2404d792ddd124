/** JMH benchmarks against the peers. */
package io.sqlwire.bench;
