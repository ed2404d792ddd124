package io.sqlwire.core.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.ConnectOptions;
import io.sqlwire.HostSpec;
import io.sqlwire.InvalidOptionException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class KeywordValueParserTest {

    private final SqlwireOptionResolver resolver = new SqlwireOptionResolver(Environment.empty());

    private ConnectOptions parse(String dsn) {
        return resolver.parse(dsn);
    }

    @Test
    void libpqDocumentationExample() {
        ConnectOptions o = parse("host=localhost port=5432 dbname=mydb connect_timeout=10");
        assertThat(o.backend()).isEqualTo("postgresql");
        assertThat(o.hosts()).containsExactly(new HostSpec("localhost", 5432));
        assertThat(o.database()).isEqualTo("mydb");
        assertThat(o.options()).containsEntry("connect_timeout", "10");
        assertThat(CoreOptions.CONNECT_TIMEOUT.get(o)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void emptyStringMeansAllDefaults() {
        ConnectOptions o = parse("");
        assertThat(o.backend()).isEqualTo("postgresql");
        assertThat(o.hosts()).containsExactly(new HostSpec("localhost", 5432));
        assertThat(parse("   ").options()).isEmpty();
    }

    @Test
    void whitespaceAroundEquals() {
        ConnectOptions o = parse("  host = db1\tport=\t6000 \n dbname =shop  ");
        assertThat(o.hosts()).containsExactly(new HostSpec("db1", 6000));
        assertThat(o.database()).isEqualTo("shop");
    }

    @Test
    void quotedValuesAndEscapes() {
        ConnectOptions o = parse("password='it\\'s a \\\\ secret' application_name='my app' options='-c geqo=off' user=o\\'brien");
        assertThat(o.password().reveal()).isEqualTo("it's a \\ secret");
        assertThat(o.options()).containsEntry("application_name", "my app").containsEntry("options", "-c geqo=off");
        assertThat(o.user()).isEqualTo("o'brien");
    }

    @Test
    void emptyQuotedValue() {
        assertThat(parse("password='' host=h").password().isEmpty()).isTrue();
    }

    @Test
    void laterKeyWinsAndAliasesNameTheSameOption() {
        ConnectOptions o = parse("db=a database=b dbname=c user=x username=y");
        assertThat(o.database()).isEqualTo("c");
        assertThat(o.user()).isEqualTo("y");
    }

    @Test
    void severalHostsAndPorts() {
        ConnectOptions o = parse("host=db1,db2,/tmp port=5433,,5434");
        assertThat(o.hosts()).containsExactly(new HostSpec("db1", 5433), new HostSpec("db2", 5432),
                new HostSpec("/tmp", 5434));
    }

    @Test
    void ipv6HostWithAndWithoutBrackets() {
        assertThat(parse("host=::1,[fe80::2] port=1,2").hosts())
                .containsExactly(new HostSpec("::1", 1), new HostSpec("fe80::2", 2));
    }

    @Test
    void hostaddrPairsWithHosts() {
        ConnectOptions o = parse("host=db1,db2 hostaddr=10.0.0.1,10.0.0.2");
        assertThat(o.hosts()).extracting(HostSpec::host).containsExactly("db1", "db2");
        assertThat(o.options()).containsEntry("hostaddr", "10.0.0.1,10.0.0.2");
        assertThat(CoreOptions.HOSTADDR.get(o)).containsExactly("10.0.0.1", "10.0.0.2");
        assertThat(parse("hostaddr=127.0.0.1").hosts()).containsExactly(new HostSpec("127.0.0.1", 5432));
        assertThatThrownBy(() -> parse("host=a,b hostaddr=1.1.1.1"))
                .hasMessageContaining("2 hosts but 1 hostaddr");
    }

    @Test
    void backendKeySelectsMysqlOrSqlite() {
        ConnectOptions my = parse("backend=mysql host=h user=u passwd=p db=shop");
        assertThat(my.backend()).isEqualTo("mysql");
        assertThat(my.hosts()).containsExactly(new HostSpec("h", 3306));
        assertThat(parse("backend=mariadb host=h").options()).containsEntry("flavor", "mariadb");
        ConnectOptions lite = parse("backend=sqlite dbname=/data/app.db mode=ro");
        assertThat(lite.backend()).isEqualTo("sqlite");
        assertThat(lite.database()).isEqualTo("/data/app.db");
        assertThat(lite.hosts()).isEmpty();
    }

    @Test
    void unknownKeySuggestsTheNearestName() {
        assertThatThrownBy(() -> parse("host=h conect_timeout=10"))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessage("unknown option \"conect_timeout\" (did you mean connect_timeout?)")
                .extracting(e -> ((InvalidOptionException) e).option()).isEqualTo("conect_timeout");
        assertThatThrownBy(() -> parse("sslmdoe=require")).hasMessageContaining("did you mean sslmode?");
        assertThatThrownBy(() -> parse("frobnicate=1")).hasMessage("unknown option \"frobnicate\"");
    }

    @Test
    void badPortNamesTheValue() {
        assertThatThrownBy(() -> parse("host=h port=54x2"))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("invalid port \"54x2\" in \"port=54x2\"");
    }

    @Test
    void unterminatedQuoteNamesTheKeyNotTheValue() {
        assertThatThrownBy(() -> parse("host=h password='hunter2 dbname=x"))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessage("unterminated quoted value for \"password\"")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
        assertThatThrownBy(() -> parse("application_name='abc")).hasMessage("unterminated quoted value for \"application_name\"");
    }

    @Test
    void missingEquals() {
        assertThatThrownBy(() -> parse("host=h dbname")).hasMessageContaining("missing \"=\" after \"dbname\"");
        assertThatThrownBy(() -> parse("=x")).hasMessageContaining("missing keyword before \"=\"");
    }

    @Test
    void unquotedPasswordWithSpaceIsNotEchoed() {
        assertThatThrownBy(() -> parse("password=correct horse host=h"))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("after the value of \"password\"")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("correct", "horse"));
    }

    @Test
    void hostPortCountMismatch() {
        assertThatThrownBy(() -> parse("host=a,b,c port=1,2"))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("3 hosts but 2 ports");
    }

    @Test
    void badEnumValueListsTheAllowedOnes() {
        assertThatThrownBy(() -> parse("target_session_attrs=master"))
                .hasMessage("invalid value \"master\" for target_session_attrs: expected one of any, read-write, "
                        + "read-only, primary, standby, prefer-standby");
    }
}
