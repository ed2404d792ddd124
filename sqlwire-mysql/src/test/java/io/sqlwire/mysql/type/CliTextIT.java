package io.sqlwire.mysql.type;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlwire.core.codec.Format;
import io.sqlwire.core.codec.TypeRef;
import io.sqlwire.mysql.auth.TestLogin;
import io.sqlwire.testkit.Harness;
import io.sqlwire.testkit.RequiresHarness;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A second, independent source of text-protocol values: the {@code mariadb} command-line client
 * ({@code -N -B --raw}) prints each value of {@link TypeCorpus#EXPRESSIONS} as the server sent it.
 * Those bytes must equal what the test-only {@link TestQuery} read, and decode to the expected
 * value with the codec chosen by the column's real metadata.
 */
@RequiresHarness
@Timeout(60)
class CliTextIT {
    static final Harness H = Harness.current();

    @Test
    void mariaDbCliAgreesWithTheDecoders() throws Exception {
        List<byte[]> cli = cliLines(H.myPrimaryPort());
        assertThat(cli).hasSize(TypeCorpus.EXPRESSIONS.size());
        try (TestLogin c = TestLogin.connect(H.myPrimaryPort(), false).login("test", "test")) {
            for (int i = 0; i < cli.size(); i++) {
                TypeCorpus.Case k = TypeCorpus.EXPRESSIONS.get(i);
                TestQuery.Result r = TestQuery.text(c, "SELECT " + k.literal());
                TypeRef type = r.types().get(0);
                assertThat(bytes(r.rows().get(0).get(0))).as(k.literal()).isEqualTo(cli.get(i));
                Object decoded = Codecs.REGISTRY.decoder(type, Format.TEXT).decode(type, Format.TEXT,
                        ByteBuffer.wrap(cli.get(i)), Codecs.CTX);
                assertThat(decoded).as(k.literal()).isEqualTo(k.expected());
            }
        }
    }

    /** One line of raw output per expression; the corpus has no value with a tab or newline. */
    static List<byte[]> cliLines(int port) throws IOException, InterruptedException {
        StringBuilder sql = new StringBuilder();
        TypeCorpus.EXPRESSIONS.forEach(k -> sql.append("SELECT ").append(k.literal()).append(";\n"));
        Process p = new ProcessBuilder("mariadb", "--host=127.0.0.1", "--port=" + port, "--user=test",
                "--password=test", "--default-character-set=utf8mb4", "-N", "-B", "--raw", "-e", sql.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        List<byte[]> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (byte b : out) {
            if (b == '\n') {
                lines.add(line.toByteArray());
                line.reset();
            } else {
                line.write(b);
            }
        }
        return lines;
    }

    private static byte[] bytes(ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.duplicate().get(out);
        return out;
    }
}
