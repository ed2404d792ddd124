package io.sqlwire.mysql.type;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlwire.core.codec.Format;
import io.sqlwire.core.codec.TypeRef;
import io.sqlwire.mysql.auth.TestLogin;
import io.sqlwire.testkit.Harness;
import io.sqlwire.testkit.RequiresHarness;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Decodes the {@link TypeCorpus} from the real servers: each value is inserted into a temporary
 * table, read back through the text protocol and the binary protocol (the test-only
 * {@link TestQuery}), and decoded with the codec the registry picks for the column's real
 * metadata. Both protocols must give the corpus's expected Java value.
 */
@RequiresHarness
@Timeout(120)
class TypeCorpusIT {
    static final Harness H = Harness.current();

    @Test
    void mariaDb() throws IOException {
        try (TestLogin c = TestLogin.connect(H.myPrimaryPort(), false).login("test", "test")) {
            check(c, "MariaDB");
        }
    }

    @Test
    void mySql8() throws IOException {
        try (TestLogin c = TestLogin.connect(H.mysql8Port(), true).login("test", "test")) {
            check(c, "MySQL 8");
        }
    }

    private static void check(TestLogin c, String server) throws IOException {
        c.execute("USE test");
        c.execute("SET SESSION sql_mode = ''");
        c.execute(TypeCorpus.TABLE);
        List<String> results = new ArrayList<>();
        SoftAssertions soft = new SoftAssertions();
        int id = 0;
        for (TypeCorpus.Case k : TypeCorpus.CASES) {
            id++;
            c.execute("INSERT INTO codec_corpus (id, " + k.column() + ") VALUES (" + id + ", " + k.literal() + ")");
            String sql = "SELECT " + k.column() + " FROM codec_corpus WHERE id = " + id;
            compare(soft, c, sql, k, server + " " + k.column() + " = " + abbreviate(k.literal()), results);
        }
        for (TypeCorpus.Case k : TypeCorpus.EXPRESSIONS) {
            compare(soft, c, "SELECT " + k.literal(), k, server + " SELECT " + k.literal(), results);
        }
        soft.assertAll();
        assertThat(results).hasSize(2 * (TypeCorpus.CASES.size() + TypeCorpus.EXPRESSIONS.size()));
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    private static void compare(SoftAssertions soft, TestLogin c, String sql, TypeCorpus.Case k, String label,
            List<String> results) throws IOException {
        for (Format format : Format.values()) {
            TestQuery.Result r = format == Format.TEXT ? TestQuery.text(c, sql) : TestQuery.binary(c, sql);
            TypeRef type = r.types().get(0);
            ByteBuffer raw = r.rows().get(0).get(0);
            Object actual = raw == null ? null : Codecs.REGISTRY.decoder(type, format).decode(type, format, raw,
                    Codecs.CTX);
            soft.assertThat(summary(actual)).as("%s (%s, %s)", label, format, MySqlTypes.describe(type))
                    .isEqualTo(summary(k.expected()));
            results.add(label + " " + format);
        }
    }

    /** Small values as they are; long strings and byte arrays as length and hash, to keep reports readable. */
    private static Object summary(Object v) {
        if (v instanceof String s && s.length() > 100) {
            return "String[length " + s.length() + ", hash " + s.hashCode() + "]";
        }
        if (v instanceof byte[] b) {
            return b.length > 100 ? "byte[length " + b.length + ", hash " + java.util.Arrays.hashCode(b) + "]"
                    : "byte[" + java.util.HexFormat.of().formatHex(b) + "]";
        }
        return v == null ? null : v.getClass().getSimpleName() + ":" + v;
    }
}
