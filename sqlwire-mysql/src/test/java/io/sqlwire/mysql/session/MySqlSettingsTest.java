package io.sqlwire.mysql.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.ConnectOptions;
import io.sqlwire.InvalidOptionException;
import io.sqlwire.NotSupportedException;
import io.sqlwire.core.transport.TlsMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MySqlSettingsTest {

    static MySqlSettings of(String query) {
        return MySqlSettings.from(ConnectOptions.parse("mysql://bob:pw@h/db?" + query));
    }

    @Test
    void sslmodesMapToTlsModes() {
        assertThat(of("sslmode=disable").tls().mode()).isEqualTo(TlsMode.NONE);
        assertThat(of("sslmode=disable").wantsTls()).isFalse();
        assertThat(of("").sslmode()).isEqualTo("prefer");
        assertThat(of("").requiresTls()).isFalse();
        assertThat(of("ssl_mode=REQUIRED").tls().mode()).isEqualTo(TlsMode.TRUST_ANY);
        assertThat(of("ssl_mode=REQUIRED").requiresTls()).isTrue();
        assertThat(of("ssl_verify_cert=true").tls().mode()).isEqualTo(TlsMode.VERIFY_CA);
        assertThat(of("ssl_mode=VERIFY_IDENTITY").tls().mode()).isEqualTo(TlsMode.VERIFY_FULL);
    }

    @Test
    void handshakeTimeoutIsAlwaysOn() {
        assertThat(of("connect_timeout=3").tls().handshakeTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(of("connect_timeout=0").tls().handshakeTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void tlsVersionsBoundTheProtocols() {
        var tls = of("tls_version=TLSv1.3,TLSv1.2").tls();
        assertThat(tls.minProtocol()).isEqualTo("TLSv1.2");
        assertThat(tls.maxProtocol()).isEqualTo("TLSv1.3");
    }

    @Test
    void sessionSettings() {
        MySqlSettings s = of("autocommit=true&sql_mode=ANSI&init_command=set%20@a%3D1&program_name=app");
        assertThat(s.autocommit()).isTrue();
        assertThat(s.sqlMode()).isEqualTo("ANSI");
        assertThat(s.initCommand()).isEqualTo("set @a=1");
        assertThat(s.programName()).isEqualTo("app");
        assertThat(s.user()).isEqualTo("bob");
        assertThat(s.toString()).doesNotContain("pw");
        assertThat(s.withAutocommit(false).autocommit()).isFalse();
        assertThat(s.withIdentity("amy", null, "x").user()).isEqualTo("amy");
    }

    @Test
    void unsupportedSettingsAreRefused() {
        assertThatThrownBy(() -> of("charset=koi8r")).isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("koi8r");
        assertThat(of("charset=LATIN1").charset()).isEqualTo("latin1");
        assertThatThrownBy(() -> of("charset=latin1&collation=utf8mb4_bin")).isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("utf8mb4_bin");
        assertThatThrownBy(() -> of("charset=latin1&collation=latin1_x';drop")).isInstanceOf(InvalidOptionException.class);
        assertThatThrownBy(() -> of("compress=true")).isInstanceOf(NotSupportedException.class);
    }

    @Test
    void localInfilePolicyOnlyAllowsNamedFilesInsideTheDirectory(@TempDir Path dir) throws Exception {
        Path ok = Files.writeString(dir.resolve("ok.csv"), "1");
        Path outside = Files.createTempFile("sqlwire-outside", ".csv");
        try {
            LocalInfilePolicy p = of("local_infile=true&local_infile_dir=" + dir).localInfile();
            assertThat(p.active()).isTrue();
            assertThat(p.allow(ok.toString(), "load data local infile '" + ok + "' into table t"))
                    .contains(ok.toRealPath());
            assertThat(p.allow(ok.toString(), "load data local infile 'other.csv' into table t")).isEmpty();
            assertThat(p.allow(outside.toString(), "load data local infile '" + outside + "'")).isEmpty();
            String escape = dir + "/../" + outside.getFileName();
            assertThat(p.allow(escape, "x " + escape)).isEmpty();
            assertThat(of("local_infile=true").localInfile().active()).isFalse();
            assertThat(of("local_infile_dir=" + dir).localInfile().allow(ok.toString(), ok.toString())).isEmpty();
        } finally {
            Files.deleteIfExists(outside);
        }
    }
}
