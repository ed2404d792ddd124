package io.sqlwire.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/**
 * What one run of the CLI talks to: the three standard streams, the environment, and whether
 * stdin is a terminal (which selects the interactive shell). Tests pass their own.
 */
record Io(InputStream in, PrintStream out, PrintStream err, Map<String, String> env, boolean interactive) {
}
