package io.sqlwire.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.Connection;
import io.sqlwire.DataException;
import io.sqlwire.InvalidOptionException;
import io.sqlwire.Sqlwire;
import io.sqlwire.testkit.Harness;
import io.sqlwire.testkit.RequiresHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** setCharset and option files against the harness MariaDB primary and MySQL 8. */
@RequiresHarness
@Timeout(60)
class MySqlCharsetIT {

    private static final String VALUE = "café € ñ";

    @Test
    void switchesToLatin1AndBackOnMariaDb(Harness h) {
        switchesToLatin1AndBack(h.myUri("test", "test", "test", "connect_timeout=10&autocommit=true"));
    }

    @Test
    void switchesToLatin1AndBackOnMySql8(Harness h) {
        switchesToLatin1AndBack(h.mysql8Uri("test", "test", "test", "connect_timeout=10&autocommit=true"));
    }

    private static void switchesToLatin1AndBack(String uri) {
        try (Connection conn = Sqlwire.connect(uri)) {
            MySqlConnection c = (MySqlConnection) conn;
            c.execute("create table if not exists charset_it (id int primary key, v varchar(40)) charset utf8mb4");
            try {
                c.execute("replace into charset_it values (1, ?)", VALUE);
                assertThat(c.queryOne("select v from charset_it where id = 1").get(0)).isEqualTo(VALUE);

                c.setCharset("latin1");
                assertThat(c.charset()).isEqualTo("latin1");
                assertThat(c.queryOne("select @@character_set_client, @@character_set_results").get(0))
                        .isEqualTo("latin1");
                assertThat(c.queryOne("select v from charset_it where id = 1").get(0)).isEqualTo(VALUE);
                // the literal goes out as one latin1 byte per character
                assertThat(c.queryOne("select hex(?)", "é").get(0)).isEqualTo("E9");
                c.execute("replace into charset_it values (2, ?)", "ñandú");
                assertThat(c.queryOne("select v from charset_it where id = 2").get(0)).isEqualTo("ñandú");
                assertThatThrownBy(() -> c.queryOne("select ?", "中")).isInstanceOf(DataException.class);

                c.reconnect();
                assertThat(c.queryOne("select @@character_set_client").get(0)).isEqualTo("latin1");
                assertThat(c.queryOne("select v from charset_it where id = 1").get(0)).isEqualTo(VALUE);

                c.setCharset("utf8mb4", "utf8mb4_bin");
                assertThat(c.queryOne("select @@character_set_client, @@collation_connection").get(1))
                        .isEqualTo("utf8mb4_bin");
                assertThat(c.queryOne("select v from charset_it where id = 1").get(0)).isEqualTo(VALUE);
                assertThat(c.queryOne("select ?", "中").get(0)).isEqualTo("中");
                assertThat(c.queryOne("select hex(?)", "é").get(0)).isEqualTo("C3A9");

                assertThatThrownBy(() -> c.setCharset("koi8r")).isInstanceOf(InvalidOptionException.class);
                assertThat(c.charset()).isEqualTo("utf8mb4");
            } finally {
                c.execute("drop table if exists charset_it");
            }
        }
    }

    @Test
    void preparedStatementsFollowTheCharset(Harness h) {
        String uri = h.myUri("test", "test", "test", "connect_timeout=10&prepare_threshold=1");
        try (Connection conn = Sqlwire.connect(uri)) {
            MySqlConnection c = (MySqlConnection) conn;
            for (String cs : new String[] {"latin1", "utf8mb4", "latin1"}) {
                c.setCharset(cs);
                for (int i = 0; i < 3; i++) {
                    assertThat(c.queryOne("select concat(?, '')", VALUE).get(0)).as(cs).isEqualTo(VALUE);
                }
            }
        }
    }

    @Test
    void charsetOptionAppliesAtConnect(Harness h) {
        try (Connection c = Sqlwire.connect(h.myUri("test", "test", "test", "charset=latin1"))) {
            assertThat(c.queryOne("select @@character_set_client").get(0)).isEqualTo("latin1");
            assertThat(c.queryOne("select ?", "é€").get(0)).isEqualTo("é€");
        }
    }

    @Test
    void connectsWithIdentityFromOptionFile(Harness h, @TempDir Path dir) throws Exception {
        Path cnf = dir.resolve("my.cnf");
        Files.writeString(cnf, """
                [mysqld]
                user=mysql
                [client]
                user = nobody
                password = "wrong"
                no-auto-rehash
                [sqlwire_it]
                user = test
                password = "test"
                database = test
                """);
        String uri = h.myUri(null, null, null, "connect_timeout=10&read_default_file=" + cnf
                + "&read_default_group=sqlwire_it");
        try (Connection c = Sqlwire.connect(uri)) {
            assertThat(c.queryOne("select current_user(), database()").get(1)).isEqualTo("test");
            assertThat((String) c.queryOne("select current_user()").get(0)).startsWith("test@");
        }
    }
}
