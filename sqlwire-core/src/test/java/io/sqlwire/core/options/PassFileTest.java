package io.sqlwire.core.options;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlwire.ConnectOptions;
import io.sqlwire.HostSpec;
import io.sqlwire.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassFileTest {

    @TempDir
    Path home;

    private Path pgpass(String text) throws IOException {
        Path f = home.resolve(".pgpass");
        Files.writeString(f, text);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        return f;
    }

    @Test
    void firstMatchingLineWins() throws IOException {
        Path f = pgpass("""
                # comment
                db1:5432:shop:app:first
                db1:*:*:app:second
                *:*:*:*:fallback
                """);
        assertThat(PassFile.lookup(f, new HostSpec("db1", 5432), "shop", "app")).contains(Secret.of("first"));
        assertThat(PassFile.lookup(f, new HostSpec("db1", 6000), "other", "app")).contains(Secret.of("second"));
        assertThat(PassFile.lookup(f, new HostSpec("db2", 5432), "shop", "bob")).contains(Secret.of("fallback"));
    }

    @Test
    void escapedColonsAndBackslashes() throws IOException {
        Path f = pgpass("\\:\\:1:5432:d\\\\b:u:pa\\:ss:word\n");
        assertThat(PassFile.lookup(f, new HostSpec("::1", 5432), "d\\b", "u")).contains(Secret.of("pa:ss:word"));
    }

    @Test
    void defaultSocketDirectoryMatchesLocalhost() throws IOException {
        Path f = pgpass("localhost:5432:*:u:sockpw\n");
        assertThat(PassFile.lookup(f, new HostSpec("/var/run/postgresql", 5432), "d", "u")).contains(Secret.of("sockpw"));
        assertThat(PassFile.lookup(f, new HostSpec("/srv/sockets", 5432), "d", "u")).isEmpty();
    }

    @Test
    void fileReadableByOthersIsIgnored() throws IOException {
        Path f = pgpass("*:*:*:*:pw\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(PassFile.lookup(f, new HostSpec("h", 5432), "d", "u")).isEmpty();
    }

    @Test
    void lookupFromOptionsUsesPassfileAndDatabaseDefault() throws IOException {
        pgpass("h2:5433:app:app:fromfile\n");
        SqlwireOptionResolver r = new SqlwireOptionResolver(Environment.of(Map.of(), home));
        ConnectOptions o = r.parse("host=h1,h2 port=5432,5433 user=app");
        Environment env = Environment.of(Map.of(), home);
        assertThat(PassFile.file(o, env)).contains(home.resolve(".pgpass"));
        assertThat(PassFile.lookup(o, 1, "app", env)).contains(Secret.of("fromfile"));
        assertThat(PassFile.lookup(o, 0, "app", env)).isEmpty();

        Path other = home.resolve("elsewhere.pgpass");
        Files.writeString(other, "*:*:*:*:other\n");
        Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rw-------"));
        ConnectOptions p = new SqlwireOptionResolver(Environment.of(Map.of("PGPASSFILE", other.toString()), home))
                .parse("host=h1");
        assertThat(PassFile.lookup(p, 0, "x", env)).contains(Secret.of("other"));
    }
}
