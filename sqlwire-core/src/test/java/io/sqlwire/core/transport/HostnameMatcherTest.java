package io.sqlwire.core.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlwire.core.transport.HostnameMatcher.Names;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostnameMatcherTest {
    private static final Names SERVER = new Names(List.of("localhost", "*.db.example.com"),
            List.of("127.0.0.1", "0:0:0:0:0:0:0:1"), "localhost");

    @Test
    void namesFromARealCertificate() throws Exception {
        X509Certificate cert = PemFiles.certificates(TestFiles.tls("server.crt"), "sslrootcert").get(0);
        assertThat(HostnameMatcher.names(cert)).isEqualTo(SERVER);
        assertThat(HostnameMatcher.names(cert).describe()).isEqualTo("localhost, *.db.example.com, 127.0.0.1, ::1");
        X509Certificate cnOnly = PemFiles.certificates(TestFiles.tls("cnonly.crt"), "sslrootcert").get(0);
        assertThat(HostnameMatcher.names(cnOnly)).isEqualTo(new Names(List.of(), List.of(), "db.example.org"));
    }

    @Test
    void ipLiteralsMatchIpSans() {
        assertThat(HostnameMatcher.matches(SERVER, "127.0.0.1")).isTrue();
        assertThat(HostnameMatcher.matches(SERVER, "::1")).isTrue();
        assertThat(HostnameMatcher.matches(SERVER, "0:0:0:0:0:0:0:1")).isTrue();
        assertThat(HostnameMatcher.matches(SERVER, "127.0.0.2")).isFalse();
    }

    @Test
    void hostNamesMatchDnsSansIgnoringCaseAndATrailingDot() {
        assertThat(HostnameMatcher.matches(SERVER, "localhost")).isTrue();
        assertThat(HostnameMatcher.matches(SERVER, "LocalHost.")).isTrue();
        assertThat(HostnameMatcher.matches(SERVER, "localhost.localdomain")).isFalse();
    }

    @Test
    void wildcardCoversExactlyOneLeftMostLabel() {
        assertThat(HostnameMatcher.matches(SERVER, "pg1.db.example.com")).isTrue();
        assertThat(HostnameMatcher.matches(SERVER, "db.example.com")).isFalse();
        assertThat(HostnameMatcher.matches(SERVER, "a.pg1.db.example.com")).isFalse();
        assertThat(HostnameMatcher.matchesPattern("*.com", "example.com")).isFalse();
        assertThat(HostnameMatcher.matchesPattern("f*.example.com", "foo.example.com")).isFalse();
    }

    @Test
    void commonNameCountsOnlyWithoutDnsSans() {
        Names cnOnly = new Names(List.of(), List.of(), "db.example.org");
        assertThat(HostnameMatcher.matches(cnOnly, "db.example.org")).isTrue();
        Names cnIgnored = new Names(List.of("other.example.org"), List.of(), "db.example.org");
        assertThat(HostnameMatcher.matches(cnIgnored, "db.example.org")).isFalse();
    }

    @Test
    void anIpIsNeverMatchedAgainstDnsNames() {
        Names dnsOnly = new Names(List.of("127.0.0.1"), List.of(), null);
        assertThat(HostnameMatcher.matches(dnsOnly, "127.0.0.1")).isFalse();
    }

    @Test
    void detectsIpLiteralsWithoutDns() {
        assertThat(HostnameMatcher.isIpLiteral("10.1.2.3")).isTrue();
        assertThat(HostnameMatcher.isIpLiteral("fe80::1")).isTrue();
        assertThat(HostnameMatcher.isIpLiteral("db1.example.com")).isFalse();
        assertThat(HostnameMatcher.isIpLiteral("1.2.3.com")).isFalse();
    }
}
