package io.sqlwire.core.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class AddressesTest {

    @Test
    void ipv6IsWrittenShort() throws Exception {
        assertThat(Addresses.format(InetAddress.getByName("::1"))).isEqualTo("::1");
        assertThat(Addresses.format(InetAddress.getByName("fe80:0:0:0:1:0:0:2"))).isEqualTo("fe80::1:0:0:2");
        assertThat(Addresses.format(InetAddress.getByName("2001:db8:0:1:1:1:1:1"))).isEqualTo("2001:db8:0:1:1:1:1:1");
        assertThat(Addresses.format(InetAddress.getByName("::"))).isEqualTo("::");
        assertThat(Addresses.format(InetAddress.getByName("1:0:0:0:0:0:0:0"))).isEqualTo("1::");
        assertThat(Addresses.format(InetAddress.getByName("127.0.0.1"))).isEqualTo("127.0.0.1");
    }

    @Test
    void literalsAreRecognisedWithoutDns() {
        assertThat(Addresses.isIpLiteral("10.0.0.1")).isTrue();
        assertThat(Addresses.isIpLiteral("::1")).isTrue();
        assertThat(Addresses.isIpLiteral("localhost")).isFalse();
    }
}
