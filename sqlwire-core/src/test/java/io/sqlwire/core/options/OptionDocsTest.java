package io.sqlwire.core.options;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The generated reference must match the table; regenerate with scripts/gen-option-docs.sh. */
class OptionDocsTest {

    private static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("sqlwire-core"))) {
            p = p.getParent();
        }
        assertThat(p).as("repository root above %s", Path.of("").toAbsolutePath()).isNotNull();
        return p;
    }

    @Test
    void docsOptionsMdIsUpToDate() throws IOException {
        Path docs = repoRoot().resolve("docs/options.md");
        assertThat(docs).as("docs/options.md is missing: run " + OptionDocs.REGENERATE).exists();
        assertThat(Files.readString(docs, StandardCharsets.UTF_8))
                .as("docs/options.md is stale: run " + OptionDocs.REGENERATE)
                .isEqualTo(OptionDocs.render());
    }

    @Test
    void readmeOptionsBlockIsUpToDate() throws IOException {
        Path readme = repoRoot().resolve("README.md");
        Assumptions.assumeTrue(Files.isRegularFile(readme), "no README.md");
        String block = OptionDocs.currentBlock(Files.readString(readme, StandardCharsets.UTF_8));
        Assumptions.assumeTrue(block != null, "README.md has no options markers");
        assertThat(block).as("the options block of README.md is stale: run " + OptionDocs.REGENERATE)
                .isEqualTo(OptionDocs.renderReadmeBlock());
    }

    @Test
    void everyRowIsDocumented() {
        String md = OptionDocs.render();
        for (Option<?> row : OptionTable.all()) {
            assertThat(md).contains("| `" + row.name() + "` |");
        }
        assertThat(md).contains("`PGHOST` (postgresql), `MYSQL_HOST` (mysql)").contains("## TLS");
    }

    @Test
    void blockReplacement() {
        String text = "intro\n" + OptionDocs.BEGIN + "old" + OptionDocs.END + "\nrest\n";
        String out = OptionDocs.replaceBlock(text, "NEW");
        assertThat(out).isEqualTo("intro\n" + OptionDocs.BEGIN + "NEW" + OptionDocs.END + "\nrest\n");
        assertThat(OptionDocs.currentBlock(out)).isEqualTo("NEW");
        assertThat(OptionDocs.replaceBlock("no markers", "NEW")).isEqualTo("no markers");
        assertThat(OptionDocs.currentBlock("no markers")).isNull();
    }
}
