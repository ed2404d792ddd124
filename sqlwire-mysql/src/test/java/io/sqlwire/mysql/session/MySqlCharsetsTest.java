package io.sqlwire.mysql.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.DataException;
import io.sqlwire.InvalidOptionException;
import io.sqlwire.mysql.protocol.packet.client.ComQuery;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MySqlCharsetsTest {

    @Test
    void allowListMapsToJavaCharsets() {
        assertThat(MySqlCharsets.java("UTF8MB4")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(MySqlCharsets.java("utf8")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(MySqlCharsets.java("latin1")).isEqualTo(Charset.forName("windows-1252"));
        assertThat(MySqlCharsets.java("ascii")).isEqualTo(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> MySqlCharsets.canonical("utf16")).isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("utf16");
    }

    @Test
    void setNamesChecksTheCollation() {
        assertThat(MySqlSessions.setNames("latin1", null)).isEqualTo("SET NAMES latin1");
        assertThat(MySqlSessions.setNames("utf8mb4", "utf8mb4_bin")).isEqualTo("SET NAMES utf8mb4 COLLATE 'utf8mb4_bin'");
        assertThat(MySqlSessions.setNames("utf8", "utf8mb3_general_ci")).endsWith("COLLATE 'utf8mb3_general_ci'");
        assertThatThrownBy(() -> MySqlSessions.setNames("latin1", "utf8mb4_bin"))
                .isInstanceOf(InvalidOptionException.class);
        assertThatThrownBy(() -> MySqlSessions.setNames("latin1", "latin1_bin' OR 1"))
                .isInstanceOf(InvalidOptionException.class);
        assertThat(MySqlCharsets.collationIfOf("latin1", "utf8mb4_bin")).isNull();
        assertThat(MySqlCharsets.collationIfOf("latin1", "latin1_bin")).isEqualTo("latin1_bin");
    }

    @Test
    void queriesAreEncodedInTheSessionCharsetStrictly() {
        byte[] latin = new ComQuery("SELECT 'é'", Charset.forName("windows-1252")).encode();
        assertThat(latin).hasSize(1 + "SELECT 'é'".length());
        assertThat(latin[latin.length - 2]).isEqualTo((byte) 0xE9);
        assertThat(new ComQuery("SELECT 'é'").encode()).hasSize(1 + "SELECT 'é'".length() + 1);
        assertThatThrownBy(() -> new ComQuery("SELECT '中'", Charset.forName("windows-1252")).encode())
                .isInstanceOf(DataException.class).hasMessageContaining("windows-1252");
    }
}
