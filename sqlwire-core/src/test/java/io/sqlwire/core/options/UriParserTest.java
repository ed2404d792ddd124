package io.sqlwire.core.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.ConnectOptions;
import io.sqlwire.HostSpec;
import io.sqlwire.InvalidOptionException;
import io.sqlwire.Secret;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UriParserTest {

    private final SqlwireOptionResolver resolver = new SqlwireOptionResolver(Environment.empty());

    private ConnectOptions parse(String dsn) {
        return resolver.parse(dsn);
    }

    // ---- the URI examples of the libpq documentation (section "Connection URIs")

    @Test
    void bareSchemeUsesEveryDefault() {
        ConnectOptions o = parse("postgresql://");
        assertThat(o.backend()).isEqualTo("postgresql");
        assertThat(o.hosts()).containsExactly(new HostSpec("localhost", 5432));
        assertThat(o.user()).isNull();
        assertThat(o.password()).isNull();
        assertThat(o.database()).isNull();
        assertThat(o.options()).isEmpty();
    }

    @Test
    void hostOnly() {
        assertThat(parse("postgresql://localhost").hosts()).containsExactly(new HostSpec("localhost", 5432));
    }

    @Test
    void hostAndPort() {
        assertThat(parse("postgresql://localhost:5433").hosts()).containsExactly(new HostSpec("localhost", 5433));
    }

    @Test
    void hostAndDatabase() {
        ConnectOptions o = parse("postgresql://localhost/mydb");
        assertThat(o.hosts()).containsExactly(new HostSpec("localhost", 5432));
        assertThat(o.database()).isEqualTo("mydb");
    }

    @Test
    void userAtHost() {
        ConnectOptions o = parse("postgresql://user@localhost");
        assertThat(o.user()).isEqualTo("user");
        assertThat(o.password()).isNull();
    }

    @Test
    void userAndPassword() {
        ConnectOptions o = parse("postgresql://user:secret@localhost");
        assertThat(o.user()).isEqualTo("user");
        assertThat(o.password()).isEqualTo(Secret.of("secret"));
        assertThat(o.toString()).contains("password=********").doesNotContain("=secret");
    }

    @Test
    void queryParameters() {
        ConnectOptions o = parse("postgresql://other@localhost/otherdb?connect_timeout=10&application_name=myapp");
        assertThat(o.user()).isEqualTo("other");
        assertThat(o.database()).isEqualTo("otherdb");
        assertThat(o.options()).containsEntry("connect_timeout", "10").containsEntry("application_name", "myapp");
    }

    @Test
    void severalHostsWithPorts() {
        ConnectOptions o = parse("postgresql://host1:123,host2:456/somedb?target_session_attrs=any&application_name=myapp");
        assertThat(o.hosts()).containsExactly(new HostSpec("host1", 123), new HostSpec("host2", 456));
        assertThat(o.database()).isEqualTo("somedb");
        assertThat(o.options()).containsEntry("target_session_attrs", "any").containsEntry("application_name", "myapp");
    }

    @Test
    void ipv6LiteralInBrackets() {
        ConnectOptions o = parse("postgresql://[2001:db8::1234]/database");
        assertThat(o.hosts()).containsExactly(new HostSpec("2001:db8::1234", 5432));
        assertThat(o.database()).isEqualTo("database");
    }

    @Test
    void socketDirectoryAsQueryParameter() {
        ConnectOptions o = parse("postgresql:///dbname?host=/var/lib/postgresql");
        assertThat(o.hosts()).containsExactly(new HostSpec("/var/lib/postgresql", 5432));
        assertThat(o.primaryHost().isUnixSocket()).isTrue();
        assertThat(o.database()).isEqualTo("dbname");
    }

    @Test
    void socketDirectoryPercentEncoded() {
        ConnectOptions o = parse("postgresql://%2Fvar%2Flib%2Fpostgresql/dbname");
        assertThat(o.hosts()).containsExactly(new HostSpec("/var/lib/postgresql", 5432));
        assertThat(o.database()).isEqualTo("dbname");
    }

    @Test
    void hostAndPortAsQueryParameters() {
        ConnectOptions o = parse("postgresql:///mydb?host=localhost&port=5433");
        assertThat(o.hosts()).containsExactly(new HostSpec("localhost", 5433));
        assertThat(o.database()).isEqualTo("mydb");
    }

    // ---- more hosts, IPv6, encoding

    @Test
    void hostsWithAndWithoutPortsTakeTheDefaultForEmptyOnes() {
        ConnectOptions o = parse("postgres://a,b:6000,[::1]:7000,[fe80::1]/db");
        assertThat(o.hosts()).containsExactly(new HostSpec("a", 5432), new HostSpec("b", 6000),
                new HostSpec("::1", 7000), new HostSpec("fe80::1", 5432));
        assertThat(o.hosts().get(2).toString()).isEqualTo("[::1]:7000");
    }

    @Test
    void emptyHostWithPortMeansTheDefaultHost() {
        assertThat(parse("postgresql://:6543/db").hosts()).containsExactly(new HostSpec("localhost", 6543));
    }

    @Test
    void percentEncodingIsDecodedInEveryPart() {
        ConnectOptions o = parse("postgresql://us%40er:p%3Aw%2F%20d%25@h%2Dx/my%20db?application_name=a%26b%3Dc&options=-c%20geqo%3Doff");
        assertThat(o.user()).isEqualTo("us@er");
        assertThat(o.password().reveal()).isEqualTo("p:w/ d%");
        assertThat(o.hosts()).containsExactly(new HostSpec("h-x", 5432));
        assertThat(o.database()).isEqualTo("my db");
        assertThat(o.options()).containsEntry("application_name", "a&b=c").containsEntry("options", "-c geqo=off");
    }

    @Test
    void percentEncodedUtf8() {
        assertThat(parse("postgresql://h/caf%C3%A9?application_name=%E2%9C%93").database()).isEqualTo("café");
        assertThat(parse("postgresql://h/café").database()).isEqualTo("café");
    }

    @Test
    void passwordMayContainAnAtSign() {
        assertThat(parse("postgresql://u:p@ss@h/db").password().reveal()).isEqualTo("p@ss");
    }

    @Test
    void queryParameterWinsOverAuthority() {
        ConnectOptions o = parse("postgresql://u@h1:1/db1?host=h2&port=2&dbname=db2&user=v");
        assertThat(o.hosts()).containsExactly(new HostSpec("h2", 2));
        assertThat(o.database()).isEqualTo("db2");
        assertThat(o.user()).isEqualTo("v");
    }

    @Test
    void passwordInQueryIsASecret() {
        ConnectOptions o = parse("postgresql://h/db?password=s3cr%21t&sslpassword=k3y");
        assertThat(o.password().reveal()).isEqualTo("s3cr!t");
        assertThat(o.secret("sslpassword")).contains(Secret.of("k3y"));
        assertThat(o.toString()).doesNotContain("s3cr", "k3y");
    }

    @Test
    void jdbcPrefixAndSslTrue() {
        ConnectOptions o = parse("jdbc:postgresql://h:5433/db?ssl=true");
        assertThat(o.hosts()).containsExactly(new HostSpec("h", 5433));
        assertThat(o.options()).containsEntry("sslmode", "require").doesNotContainKey("ssl");
    }

    @Test
    void schemeIsCaseInsensitive() {
        assertThat(parse("PostgreSQL://h").backend()).isEqualTo("postgresql");
    }

    // ---- mysql and mariadb

    @Test
    void mysqlUri() {
        ConnectOptions o = parse("mysql://app:pw@db1:3307,db2/shop?charset=utf8mb4&ssl_mode=VERIFY_IDENTITY&connectTimeout=3");
        assertThat(o.backend()).isEqualTo("mysql");
        assertThat(o.hosts()).containsExactly(new HostSpec("db1", 3307), new HostSpec("db2", 3306));
        assertThat(o.user()).isEqualTo("app");
        assertThat(o.password().reveal()).isEqualTo("pw");
        assertThat(o.database()).isEqualTo("shop");
        assertThat(o.options()).containsEntry("charset", "utf8mb4").containsEntry("sslmode", "verify-full")
                .containsEntry("connect_timeout", "3").doesNotContainKey("flavor");
    }

    @Test
    void mariadbUriIsTheMysqlBackendWithFlavor() {
        ConnectOptions o = parse("mariadb://u@[::1]:53306/test");
        assertThat(o.backend()).isEqualTo("mysql");
        assertThat(o.hosts()).containsExactly(new HostSpec("::1", 53306));
        assertThat(o.options()).containsEntry("flavor", "mariadb");
        assertThat(MysqlOptions.FLAVOR.get(o)).isEqualTo("mariadb");
    }

    @Test
    void mysqlSocketFile() {
        ConnectOptions o = parse("mysql://root@%2Ftmp%2Fmysql.sock/db");
        assertThat(o.hosts()).containsExactly(new HostSpec("/tmp/mysql.sock", 3306));
        ConnectOptions p = parse("mysql://root@localhost/db?unix_socket=/run/mysqld/mysqld.sock");
        assertThat(p.options()).containsEntry("unix_socket", "/run/mysqld/mysqld.sock");
    }

    // ---- sqlite

    @Test
    void sqliteMemory() {
        ConnectOptions o = parse("sqlite::memory:");
        assertThat(o.backend()).isEqualTo("sqlite");
        assertThat(o.hosts()).isEmpty();
        assertThat(o.database()).isEqualTo(":memory:");
        assertThat(parse("sqlite:").database()).isEqualTo(":memory:");
    }

    @Test
    void sqlitePaths() {
        assertThat(parse("sqlite:relative/path.db").database()).isEqualTo("relative/path.db");
        assertThat(parse("sqlite:///abs/path.db").database()).isEqualTo("/abs/path.db");
        assertThat(parse("sqlite:/abs/path.db").database()).isEqualTo("/abs/path.db");
        assertThat(parse("sqlite:my%20file.db").database()).isEqualTo("my file.db");
    }

    @Test
    void sqliteQueryOptions() {
        ConnectOptions o = parse("sqlite:app.db?mode=ro&busy_timeout=2s&foreign_keys=on&journal_mode=WAL");
        assertThat(o.options()).containsEntry("mode", "ro").containsEntry("busy_timeout", "2000")
                .containsEntry("foreign_keys", "true").containsEntry("journal_mode", "wal");
        assertThat(SqliteOptions.BUSY_TIMEOUT.get(o)).hasSeconds(2);
    }

    @Test
    void sqliteRefusesAHost() {
        assertThatThrownBy(() -> parse("sqlite://server/x.db"))
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("\"server\"");
        assertThatThrownBy(() -> parse("sqlite:x.db?host=h"))
                .hasMessageContaining("option \"host\" does not apply to backend sqlite");
    }

    // ---- bad input

    @Test
    void badPortNamesHostAndPort() {
        assertThatThrownBy(() -> parse("postgresql://host1:54x2/db"))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("invalid port \"54x2\" in \"host1:54x2\"")
                .extracting(e -> ((InvalidOptionException) e).option()).isEqualTo("port");
        assertThatThrownBy(() -> parse("postgresql://a:1,b:70000/db")).hasMessageContaining("invalid port \"70000\" in \"b:70000\"");
        assertThatThrownBy(() -> parse("postgresql://[::1]:x/db")).hasMessageContaining("invalid port \"x\" in \"[::1]:x\"");
    }

    @Test
    void badPercentEscapeIsNamed() {
        assertThatThrownBy(() -> parse("postgresql://h/db%zz"))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("invalid percent-escape \"%zz\"").hasMessageContaining("URI");
        assertThatThrownBy(() -> parse("postgresql://h/db?application_name=%4"))
                .hasMessageContaining("invalid percent-escape \"%4\"");
        assertThatThrownBy(() -> parse("postgresql://h/db%00")).hasMessageContaining("%00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://u:Xq%zzWv@h/db", "postgresql://h/db?password=Xq%zzWv", "mysql://h/db?passwd=Xq%g1Wv"})
    void badPercentEscapeInPasswordDoesNotShowIt(String dsn) {
        assertThatThrownBy(() -> parse(dsn))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("invalid percent-escape in the")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Xq", "zz", "Wv", "g1"));
    }

    @Test
    void unknownSchemeListsTheSupportedOnes() {
        assertThatThrownBy(() -> parse("oracle://h/db"))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("unsupported URI scheme \"oracle:\"")
                .hasMessageContaining("postgresql:, postgres:, mysql:, mariadb:, sqlite:");
    }

    @Test
    void malformedUris() {
        assertThatThrownBy(() -> parse("postgresql:/h/db")).hasMessageContaining("expected \"//\" after \"postgresql:\"");
        assertThatThrownBy(() -> parse("postgresql://[::1/db")).hasMessageContaining("missing \"]\"");
        assertThatThrownBy(() -> parse("postgresql://[::1]x/db")).hasMessageContaining("unexpected \"x\"");
        assertThatThrownBy(() -> parse("postgresql://h/db?sslmode")).hasMessageContaining("missing \"=\" in URI query parameter \"sslmode\"");
    }

    @Test
    void unknownQueryParameterIsSuggested() {
        assertThatThrownBy(() -> parse("postgresql://h/db?conect_timeout=5"))
                .hasMessage("unknown option \"conect_timeout\" (did you mean connect_timeout?)");
    }

    @Test
    void hostAndPortCountsMustAgree() {
        assertThatThrownBy(() -> parse("postgresql:///db?host=a,b,c&port=1,2"))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("3 hosts but 2 ports");
        assertThat(parse("postgresql:///db?host=a,b,c&port=7").hosts())
                .extracting(HostSpec::port).isEqualTo(List.of(7, 7, 7));
    }
}
