/**
 * Test support shared by the sqlwire modules: the harness servers as a JUnit 5 extension, server
 * controls for crash and fail-over tests, an in-process fault proxy, and the shared behaviour tests.
 */
module io.sqlwire.testkit {
    requires transitive io.sqlwire.core;
    requires transitive org.junit.jupiter.api;
    requires transitive org.assertj.core;

    exports io.sqlwire.testkit;
    exports io.sqlwire.testkit.tck;
}
