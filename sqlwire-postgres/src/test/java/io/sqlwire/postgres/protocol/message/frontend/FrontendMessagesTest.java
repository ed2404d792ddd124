package io.sqlwire.postgres.protocol.message.frontend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.InterfaceException;
import io.sqlwire.Secret;
import io.sqlwire.postgres.protocol.ByteSink;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Byte-exact encodings, checked against the layouts in the protocol's "Message Formats". */
class FrontendMessagesTest {

    static String hex(FrontendMessage m) {
        ByteSink out = new ByteSink(4);
        m.encode(out);
        return HexFormat.of().formatHex(out.toByteArray());
    }

    static String ascii(String s) {
        return HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void startupMessage() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("user", "u");
        p.put("database", "d");
        // 4 length + 4 version + "user\0u\0" (7) + "database\0d\0" (11) + 1 terminator = 27
        assertThat(hex(new StartupMessage(StartupMessage.PROTOCOL_3_0, p)))
                .isEqualTo("0000001b" + "00030000" + ascii("user") + "00" + ascii("u") + "00"
                        + ascii("database") + "00" + ascii("d") + "00" + "00");
        assertThat(StartupMessage.PROTOCOL_3_2).isEqualTo(196610);
    }

    @Test
    void passwordMessageHidesThePassword() {
        PasswordMessage m = new PasswordMessage(Secret.of("pw"));
        assertThat(hex(m)).isEqualTo("70" + "00000007" + ascii("pw") + "00");
        assertThat(m.toString()).doesNotContain("pw\"").doesNotContain("=pw");
    }

    @Test
    void saslMessages() {
        assertThat(hex(new SASLInitialResponse("M", new byte[] {1, 2})))
                .isEqualTo("70" + "0000000c" + ascii("M") + "00" + "00000002" + "0102");
        assertThat(hex(new SASLInitialResponse("M", null))).isEqualTo("70" + "0000000a" + "4d00" + "ffffffff");
        assertThat(hex(new SASLResponse(new byte[] {9}))).isEqualTo("70" + "00000005" + "09");
    }

    @Test
    void queryAndExtendedMessages() {
        assertThat(hex(new Query("select 1"))).isEqualTo("51" + "0000000d" + ascii("select 1") + "00");
        assertThat(hex(new Parse("s1", "q", new int[] {23, 0})))
                .isEqualTo("50" + "00000013" + ascii("s1") + "00" + ascii("q") + "00" + "0002" + "00000017" + "00000000");
        assertThat(hex(new Bind("", "s", new int[] {1}, new byte[][] {{7}, null}, new int[0])))
                .isEqualTo("42" + "00000018" + "00" + "7300" + "0001" + "0001" + "0002" + "00000001" + "07"
                        + "ffffffff" + "0000");
        assertThat(hex(Describe.portal(""))).isEqualTo("44" + "00000006" + "50" + "00");
        assertThat(hex(Describe.statement("a"))).isEqualTo("44" + "00000007" + "53" + "6100");
        assertThat(hex(new Execute("p", 100))).isEqualTo("45" + "0000000a" + "7000" + "00000064");
        assertThat(hex(Close.statement("a"))).isEqualTo("43" + "00000007" + "53" + "6100");
        assertThat(hex(Close.portal(""))).isEqualTo("43" + "00000006" + "50" + "00");
    }

    @Test
    void bodylessMessages() {
        assertThat(hex(new Sync())).isEqualTo("5300000004");
        assertThat(hex(new Flush())).isEqualTo("4800000004");
        assertThat(hex(new Terminate())).isEqualTo("5800000004");
        assertThat(hex(new CopyDone())).isEqualTo("6300000004");
    }

    @Test
    void copyMessages() {
        assertThat(hex(new CopyData(new byte[] {1, 2, 3}))).isEqualTo("64" + "00000007" + "010203");
        assertThat(hex(new CopyFail("no"))).isEqualTo("66" + "00000007" + ascii("no") + "00");
    }

    @Test
    void cancelRequestWithShortAndLongKeys() {
        assertThat(hex(new CancelRequest(42, new byte[] {1, 2, 3, 4})))
                .isEqualTo("00000010" + "04d2162e" + "0000002a" + "01020304");
        assertThat(hex(new CancelRequest(1, new byte[32]))).startsWith("0000002c" + "04d2162e");
        assertThat(CancelRequest.CODE).isEqualTo(1234 << 16 | 5678);
    }

    @Test
    void nulInsideTextIsRefused() {
        assertThatThrownBy(() -> hex(new Query("a\0b"))).isInstanceOf(InterfaceException.class);
    }

    @Test
    void oneSinkCollectsSeveralMessages() {
        ByteSink out = new ByteSink();
        new Sync().encode(out);
        new Flush().encode(out);
        assertThat(HexFormat.of().formatHex(out.toByteArray())).isEqualTo("53000000044800000004");
    }
}
