package io.sqlwire.core.transport;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths of the test certificates and keys in src/test/resources/tls. */
final class TestFiles {
    static final String PASSWORD = "s3cret";

    private TestFiles() {
    }

    static Path tls(String name) {
        try {
            return Path.of(TestFiles.class.getResource("/tls/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource tls/" + name, e);
        }
    }
}
