package io.sqlwire.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlwire.Connection;
import io.sqlwire.Cursor;
import io.sqlwire.Sqlwire;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's example is this file's marked region, so it compiles and runs with every build. */
class ReadmeExampleTest {

    // example:begin
    record Order(long id, String item, int qty) {
    }

    static List<Order> bigOrders() {
        try (Connection conn = Sqlwire.connect("sqlite::memory:")) {
            conn.execute("create table orders (id integer primary key, item text, qty integer)");
            try (Cursor cur = conn.cursor()) {
                cur.executemany("insert into orders (item, qty) values (?, ?)",
                        List.of(new Object[] {"apple", 3}, new Object[] {"pear", 12}));
            }
            conn.commit(); // autocommit is off: both inserts were one transaction

            return conn.query("select id, item, qty from orders where qty > ?", 10).stream()
                    .map(row -> row.as(Order.class))
                    .toList();
        }
    }
    // example:end

    @Test
    void exampleRuns() {
        assertThat(bigOrders()).containsExactly(new Order(2, "pear", 12));
    }

    @Test
    void readmeShowsThisExample() throws IOException {
        String source = Files.readString(Path.of("src/test/java/io/sqlwire/sqlite/ReadmeExampleTest.java"));
        String region = source.substring(source.indexOf("// example:begin") + "// example:begin".length(),
                source.indexOf("    // example:end")).stripLeading();
        String snippet = region.lines().map(l -> l.startsWith("    ") ? l.substring(4) : l)
                .reduce("", (a, b) -> a + b + "\n");
        String readme = Files.readString(Path.of("../README.md"));
        assertThat(readme)
                .as("README.md's example block must be this test's example region; copy it over")
                .contains("<!-- example:begin -->\n```java\n" + snippet + "```\n<!-- example:end -->");
    }
}
