package io.sqlwire.mysql.protocol.packet.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.InternalException;
import io.sqlwire.OperationalException;
import io.sqlwire.mysql.protocol.Capabilities;
import io.sqlwire.mysql.protocol.LeBytes;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HandshakeV10Test {
    static final byte[] PART1 = "7wvi-A?V".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PART2 = "te~k|PWG<7?w".getBytes(StandardCharsets.US_ASCII);

    /** The greeting MariaDB 10.11 sends, field by field. */
    static byte[] mariaDbGreeting() {
        return new LeBytes()
                .int1(10)                                     // protocol version
                .nul("5.5.5-10.11.19-MariaDB-0+deb12u1-log")  // server version
                .int4(10)                                     // connection id
                .bytes(PART1)                                 // auth-plugin-data part 1
                .int1(0)                                      // filler
                .int2(0xFFFE)                                 // capabilities, lower; CLIENT_MYSQL clear
                .int1(45)                                     // utf8mb4_general_ci
                .int2(0x0002)                                 // SERVER_STATUS_AUTOCOMMIT
                .int2(0x81FF)                                 // capabilities, upper
                .int1(21)                                     // auth-plugin-data length
                .zeros(6)                                     // reserved
                .int4(0x1D)                                   // MariaDB extended capabilities
                .bytes(PART2).int1(0)                         // part 2: 12 bytes + NUL = max(13, 21 - 8)
                .nul("mysql_native_password")
                .build();
    }

    /** A MySQL 8 greeting: CLIENT_MYSQL set, so the 4 bytes after the reserved ones are reserved too. */
    static byte[] mySql8Greeting() {
        return new LeBytes().int1(10).nul("8.0.36").int4(0x01020304).bytes(PART1).int1(0)
                .int2(0xFFFF).int1(255).int2(0x0002).int2(0xDFFF).int1(21).zeros(6).int4(0xFFFFFFFFL)
                .bytes(PART2).int1(0).nul("caching_sha2_password").build();
    }

    @Test
    void decodesMariaDb() {
        HandshakeV10 h = HandshakeV10.decode(mariaDbGreeting());
        byte[] scramble = new byte[20];
        System.arraycopy(PART1, 0, scramble, 0, 8);
        System.arraycopy(PART2, 0, scramble, 8, 12);
        assertThat(h).isEqualTo(new HandshakeV10(10, "5.5.5-10.11.19-MariaDB-0+deb12u1-log", 10, scramble,
                0x81FFFFFEL | 0x1DL << 32, 45, 2, "mysql_native_password"));
        assertThat(h.isMariaDb()).isTrue();
        assertThat(h.version()).isEqualTo("10.11.19-MariaDB-0+deb12u1-log");
        assertThat(h.describe()).isEqualTo("MariaDB 10.11.19-MariaDB-0+deb12u1-log");
        assertThat(h.has(Capabilities.CLIENT_SSL)).isTrue();
        assertThat(h.has(Capabilities.CLIENT_MYSQL)).isFalse();
    }

    @Test
    void decodesMySql8AndIgnoresTheReservedBytes() {
        HandshakeV10 h = HandshakeV10.decode(mySql8Greeting());
        assertThat(h.connectionId()).isEqualTo(0x01020304L);
        assertThat(h.capabilities()).isEqualTo(0xDFFFFFFFL); // nothing above bit 31
        assertThat(h.characterSet()).isEqualTo(255);
        assertThat(h.authPluginName()).isEqualTo("caching_sha2_password");
        assertThat(h.authPluginData()).hasSize(20);
        assertThat(h.isMariaDb()).isFalse();
        assertThat(h.describe()).isEqualTo("MySQL 8.0.36");
    }

    @Test
    void oldServersMayStopAfterTheLowerCapabilities() {
        byte[] b = new LeBytes().int1(10).nul("4.1.22").int4(7).bytes(PART1).int1(0).int2(0x8201).build();
        HandshakeV10 h = HandshakeV10.decode(b);
        assertThat(h.authPluginData()).isEqualTo(PART1);
        assertThat(h.authPluginName()).isNull();
        assertThat(h.capabilities()).isEqualTo(0x8201);
    }

    @Test
    void pluginNameWithoutNulIsReadToTheEnd() {
        byte[] withNul = mariaDbGreeting();
        byte[] without = Arrays.copyOf(withNul, withNul.length - 1);
        assertThat(HandshakeV10.decode(without).authPluginName()).isEqualTo("mysql_native_password");
    }

    @Test
    void everyTruncationIsATypedErrorNamingTheField() {
        byte[] full = mariaDbGreeting();
        // up to the end of the lower capabilities the greeting is either whole or broken
        int auth2End = full.length - "mysql_native_password".length() - 1;
        for (int n = 0; n < auth2End; n++) {
            byte[] cut = Arrays.copyOf(full, n);
            if (n == 1 + 37 + 4 + 8 + 1 + 2) {
                continue; // ends right after the lower capability flags: a valid pre-4.1-style greeting
            }
            assertThatThrownBy(() -> HandshakeV10.decode(cut))
                    .as("truncated to %d bytes", n)
                    .isInstanceOf(InternalException.class)
                    .hasMessageStartingWith("malformed HandshakeV10 packet from the server: ");
        }
        assertThatThrownBy(() -> HandshakeV10.decode(Arrays.copyOf(full, 40)))
                .hasMessageContaining("reading connection id");
    }

    @Test
    void otherProtocolVersionsAreRefused() {
        byte[] v9 = new LeBytes().int1(9).nul("3.22").int4(1).nul("scramble").build();
        assertThatThrownBy(() -> HandshakeV10.decode(v9))
                .isInstanceOf(OperationalException.class)
                .hasMessageContaining("protocol version 9");
    }

    @Test
    void greetingDispatchesOnTheFirstByte() {
        assertThat(ServerPacket.decodeGreeting(mariaDbGreeting())).isInstanceOf(HandshakeV10.class);
        byte[] err = new LeBytes().int1(0xFF).int2(1040).text("Too many connections").build();
        assertThat(ServerPacket.decodeGreeting(err)).isEqualTo(new ErrPacket(1040, null, "Too many connections"));
        assertThatThrownBy(() -> ServerPacket.decodeGreeting(new byte[0]))
                .isInstanceOf(InternalException.class).hasMessageContaining("empty packet");
    }

    @Test
    void scrambleIsCopiedInAndOut() {
        HandshakeV10 h = HandshakeV10.decode(mariaDbGreeting());
        h.authPluginData()[0] = 0;
        assertThat(h.authPluginData()[0]).isEqualTo(PART1[0]);
        assertThat(h.toString()).contains("serverVersion=5.5.5-10.11.19");
    }
}
