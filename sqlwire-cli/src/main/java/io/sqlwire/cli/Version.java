package io.sqlwire.cli;

import io.sqlwire.Sqlwire;
import io.sqlwire.spi.Driver;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.stream.Collectors;
import picocli.CommandLine.IVersionProvider;

/** {@code sqlwire --version}: the release, the backends on the class path and the Java runtime. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String drivers = Sqlwire.drivers().stream().map(Driver::backend).sorted().collect(Collectors.joining(", "));
        return new String[] {
            "sqlwire " + release(),
            "backends: " + (drivers.isEmpty() ? "(none)" : drivers),
            "java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
        };
    }

    /** The project version the build stamped into version.properties. */
    static String release() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "(unknown version)";
        }
        return p.getProperty("version", "(unknown version)");
    }
}
