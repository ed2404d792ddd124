package io.sqlwire.cli;

/** One -c or -f argument, kept in command-line order. */
sealed interface Script {

    /** {@code -c SQL}: statements given on the command line. */
    record Command(String sql) implements Script {
    }

    /** {@code -f FILE}: statements read from a file, or from stdin when the name is {@code -}. */
    record File(String name) implements Script {
        boolean isStdin() {
            return name.equals("-");
        }
    }
}
