package io.sqlwire.mysql.protocol.packet.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlwire.mysql.protocol.Capabilities;
import io.sqlwire.mysql.protocol.LeBytes;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientPacketsTest {

    static final long CAPS = Capabilities.CLIENT_PROTOCOL_41 | Capabilities.CLIENT_SECURE_CONNECTION
            | Capabilities.CLIENT_PLUGIN_AUTH | Capabilities.CLIENT_PLUGIN_AUTH_LENENC_CLIENT_DATA
            | Capabilities.CLIENT_CONNECT_WITH_DB | Capabilities.CLIENT_CONNECT_ATTRS;

    @Test
    void handshakeResponse41() {
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("_client_name", "sqlwire");
        attrs.put("program_name", "app");
        byte[] auth = {1, 2, 3};
        var p = new HandshakeResponse41(CAPS | (1L << 34), 1 << 24, 45, "bob", auth, "db", "mysql_native_password",
                attrs);
        byte[] expected = new LeBytes().int4(CAPS).int4(1 << 24).int1(45).zeros(19).int4(4).nul("bob")
                .int1(3).bytes(auth).nul("db").nul("mysql_native_password")
                .int1(1 + 12 + 1 + 7 + 1 + 12 + 1 + 3)
                .int1(12).text("_client_name").int1(7).text("sqlwire").int1(12).text("program_name").int1(3).text("app")
                .build();
        assertThat(p.encode()).isEqualTo(expected);
        assertThat(p.toString()).doesNotContain("[1, 2, 3]").contains("3 bytes");
    }

    @Test
    void handshakeResponse41WithoutOptionalFields() {
        long caps = Capabilities.CLIENT_PROTOCOL_41 | Capabilities.CLIENT_SECURE_CONNECTION;
        var p = new HandshakeResponse41(caps, 100, 33, "u", new byte[0], null, "x", Map.of());
        assertThat(p.encode()).isEqualTo(new LeBytes().int4(caps).int4(100).int1(33).zeros(23).nul("u").int1(0).build());
    }

    @Test
    void sslRequestIsTheFirst32BytesOfTheResponse() {
        long caps = CAPS | Capabilities.CLIENT_SSL | (1L << 35);
        assertThat(new SslRequest(caps, 1 << 30, 45).encode())
                .isEqualTo(new LeBytes().int4(caps).int4(1 << 30).int1(45).zeros(19).int4(8).build())
                .hasSize(32);
    }

    @Test
    void commands() {
        assertThat(new ComQuery("select 'é'").encode()).isEqualTo(new LeBytes().int1(3).text("select 'é'").build());
        assertThat(new ComPing().encode()).containsExactly(0x0E);
        assertThat(new ComQuit().encode()).containsExactly(0x01);
        assertThat(new ComQuit().expectsResponse()).isFalse();
        assertThat(new ComResetConnection().encode()).containsExactly(0x1F);
        assertThat(new ComInitDb("test").encode()).isEqualTo(new LeBytes().int1(2).text("test").build());
        assertThat(new AuthSwitchResponse(new byte[] {9, 8}).encode()).containsExactly(9, 8);
    }

    @Test
    void comChangeUser() {
        long caps = Capabilities.CLIENT_PROTOCOL_41 | Capabilities.CLIENT_SECURE_CONNECTION
                | Capabilities.CLIENT_PLUGIN_AUTH | Capabilities.CLIENT_CONNECT_ATTRS;
        var p = new ComChangeUser(caps, "amy", new byte[] {7, 7}, "db2", 45, "client_ed25519", Map.of("a", "b"));
        assertThat(p.encode()).isEqualTo(new LeBytes().int1(0x11).nul("amy").int1(2).int1(7).int1(7).nul("db2").int2(45)
                .nul("client_ed25519").int1(4).int1(1).text("a").int1(1).text("b").build());
    }
}
