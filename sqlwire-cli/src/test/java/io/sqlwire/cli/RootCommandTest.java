package io.sqlwire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlwire.ConnectOptions;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RootCommandTest {

    private static RootCommand parse(String... args) {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        RootCommand root = new RootCommand(new Io(new ByteArrayInputStream(new byte[0]), sink, sink, Map.of(), false));
        new CommandLine(root).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
        return root;
    }

    @Test
    void commandsAndFilesKeepTheirCommandLineOrderInEverySpelling() {
        RootCommand root = parse("-c", "one", "-f", "a.sql", "-ctwo", "--command=three", "--file", "b.sql", "--command", "four",
                "-f-");
        assertThat(root.scripts()).containsExactly(new Script.Command("one"), new Script.File("a.sql"),
                new Script.Command("two"), new Script.Command("three"), new Script.File("b.sql"),
                new Script.Command("four"), new Script.File("-"));
    }

    @Test
    void dsnMayComeBeforeOrAfterTheOptions() {
        assertThat(parse("sqlite::memory:", "-c", "x").scripts()).containsExactly(new Script.Command("x"));
        assertThat(parse("-c", "x", "sqlite::memory:").scripts()).containsExactly(new Script.Command("x"));
    }

    @Test
    void autocommitIsOnUnlessTurnedOff() {
        ConnectOptions on = ConnectOptions.parse("sqlite::memory:");
        ConnectOptions off = ConnectOptions.parse("sqlite::memory:?autocommit=false");
        assertThat(Dsn.autocommit(on, false)).isTrue();
        assertThat(Dsn.autocommit(on, true)).isFalse();
        assertThat(Dsn.autocommit(off, false)).isFalse();
    }

    @Test
    void databaseUrlThenSqliteMemoryAreTheDefaults() {
        assertThat(Dsn.choose(null, Map.of())).isEqualTo("sqlite::memory:");
        assertThat(Dsn.choose(null, Map.of("DATABASE_URL", " "))).isEqualTo("sqlite::memory:");
        assertThat(Dsn.choose(null, Map.of("DATABASE_URL", "mysql://h/db"))).isEqualTo("mysql://h/db");
        assertThat(Dsn.choose("sqlite:x.db", Map.of("DATABASE_URL", "mysql://h/db"))).isEqualTo("sqlite:x.db");
    }
}
