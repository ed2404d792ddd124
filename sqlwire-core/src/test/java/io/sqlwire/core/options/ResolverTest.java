package io.sqlwire.core.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.ConnectOptions;
import io.sqlwire.HostSpec;
import io.sqlwire.InvalidOptionException;
import io.sqlwire.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Precedence (explicit > service file > environment > default), service files, the builder path and explain. */
class ResolverTest {

    @TempDir
    Path home;

    private SqlwireOptionResolver resolver(Map<String, String> env) {
        return new SqlwireOptionResolver(Environment.of(env, home));
    }

    private void userServiceFile(String text) throws IOException {
        Files.writeString(home.resolve(".pg_service.conf"), text);
    }

    private static Map<String, ResolvedOption> byName(List<ResolvedOption> rows) {
        return rows.stream().collect(Collectors.toMap(r -> r.option().name(), Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    @Test
    void environmentFillsWhatIsNotExplicit() {
        ConnectOptions o = resolver(Map.of("PGHOST", "envhost", "PGPORT", "6000", "PGUSER", "envuser",
                "PGPASSWORD", "envpw", "PGDATABASE", "envdb", "PGCONNECT_TIMEOUT", "7", "PGSSLMODE", "require",
                "PGAPPNAME", "envapp", "PGTARGETSESSIONATTRS", "standby"))
                .parse("postgresql://explicituser@/?connect_timeout=3");
        assertThat(o.hosts()).containsExactly(new HostSpec("envhost", 6000));
        assertThat(o.user()).isEqualTo("explicituser");
        assertThat(o.password()).isEqualTo(Secret.of("envpw"));
        assertThat(o.database()).isEqualTo("envdb");
        assertThat(o.options()).containsEntry("connect_timeout", "3").containsEntry("sslmode", "require")
                .containsEntry("application_name", "envapp").containsEntry("target_session_attrs", "standby");
    }

    @Test
    void emptyEnvironmentVariableCountsAsUnset() {
        ConnectOptions o = resolver(Map.of("PGHOST", "", "PGPORT", "")).parse("");
        assertThat(o.hosts()).containsExactly(new HostSpec("localhost", 5432));
    }

    @Test
    void mysqlReadsItsOwnVariablesOnly() {
        Map<String, String> env = Map.of("PGHOST", "pghost", "PGPASSWORD", "pgpw", "MYSQL_HOST", "myhost",
                "MYSQL_TCP_PORT", "3310", "MYSQL_PWD", "mypw", "USER", "osuser", "MYSQL_UNIX_PORT", "/run/my.sock");
        ConnectOptions my = resolver(env).parse("mysql:///shop");
        assertThat(my.hosts()).containsExactly(new HostSpec("myhost", 3310));
        assertThat(my.password()).isEqualTo(Secret.of("mypw"));
        assertThat(my.user()).isEqualTo("osuser");
        assertThat(my.options()).containsEntry("unix_socket", "/run/my.sock");
        ConnectOptions lite = resolver(env).parse("sqlite:x.db");
        assertThat(lite.options()).isEmpty();
        assertThat(lite.user()).isNull();
    }

    @Test
    void badEnvironmentValueNamesTheVariable() {
        assertThatThrownBy(() -> resolver(Map.of("PGCONNECT_TIMEOUT", "soon")).parse("host=h"))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("invalid value \"soon\" for connect_timeout")
                .hasMessageContaining("(from environment variable PGCONNECT_TIMEOUT)");
        assertThatThrownBy(() -> resolver(Map.of("PGPORT", "54x2")).parse("host=h"))
                .hasMessageContaining("invalid port \"54x2\"").hasMessageContaining("PGPORT");
    }

    @Test
    void precedenceExplicitThenServiceThenEnvironmentThenDefault() throws IOException {
        userServiceFile("""
                # sqlwire test service file
                [other]
                host=wrong

                [mydb]
                host = svchost
                port=6432
                dbname=svcdb
                connect_timeout=20
                application_name=svcapp
                """);
        Map<String, String> env = Map.of("PGSERVICE", "mydb", "PGHOST", "envhost", "PGAPPNAME", "envapp",
                "PGUSER", "envuser", "PGCONNECT_TIMEOUT", "30");
        SqlwireOptionResolver r = resolver(env);
        ConnectOptions o = r.parse("dbname=explicitdb");
        assertThat(o.database()).isEqualTo("explicitdb");                          // explicit beats service
        assertThat(o.hosts()).containsExactly(new HostSpec("svchost", 6432));       // service beats env
        assertThat(o.options()).containsEntry("application_name", "svcapp").containsEntry("connect_timeout", "20");
        assertThat(o.user()).isEqualTo("envuser");                                  // env beats default
        assertThat(CoreOptions.PREPARE_THRESHOLD.get(o)).isEqualTo(5);             // default
        assertThat(o.options()).containsEntry("service", "mydb");

        Map<String, ResolvedOption> ex = byName(r.explain("dbname=explicitdb"));
        assertThat(ex.get("dbname").source()).isEqualTo(Source.EXPLICIT);
        assertThat(ex.get("host").source()).isEqualTo(Source.SERVICE_FILE);
        assertThat(ex.get("host").origin()).contains("service \"mydb\"").contains(".pg_service.conf line 6");
        assertThat(ex.get("user").source()).isEqualTo(Source.ENV);
        assertThat(ex.get("user").origin()).isEqualTo("environment variable PGUSER");
        assertThat(ex.get("service").source()).isEqualTo(Source.ENV);
        assertThat(ex.get("prepare_threshold")).isEqualTo(new ResolvedOption(CoreOptions.PREPARE_THRESHOLD, "5",
                Source.DEFAULT, "default"));
        assertThat(ex.get("sslcert").value()).isNull();
    }

    @Test
    void explicitServiceOptionAndServiceFileVariable(@TempDir Path elsewhere) throws IOException {
        Path file = elsewhere.resolve("services.conf");
        Files.writeString(file, "[prod]\nhost=prodhost\nuser=svcuser\npassword=svcpw\nsslmode=verify-full\n");
        ConnectOptions o = resolver(Map.of("PGSERVICEFILE", file.toString(), "PGSSLMODE", "disable"))
                .parse("postgresql://?service=prod");
        assertThat(o.hosts()).containsExactly(new HostSpec("prodhost", 5432));
        assertThat(o.user()).isEqualTo("svcuser");
        assertThat(o.password()).isEqualTo(Secret.of("svcpw"));
        assertThat(o.options()).containsEntry("sslmode", "verify-full");
    }

    @Test
    void userServiceFileWinsOverTheSystemOne(@TempDir Path sysconf) throws IOException {
        userServiceFile("[both]\nhost=userhost\n");
        Files.writeString(sysconf.resolve("pg_service.conf"), "[both]\nhost=syshost\nport=1111\n[sysonly]\nhost=s2\n");
        SqlwireOptionResolver r = resolver(Map.of("PGSYSCONFDIR", sysconf.toString()));
        // the first file that defines the service is used, as a whole
        assertThat(r.parse("service=both").hosts()).containsExactly(new HostSpec("userhost", 5432));
        assertThat(r.parse("service=sysonly").hosts()).containsExactly(new HostSpec("s2", 5432));
    }

    @Test
    void serviceFileErrorsNameTheFileAndLine() throws IOException {
        userServiceFile("[s]\nhost=h\nconect_timeout=3\n");
        assertThatThrownBy(() -> resolver(Map.of()).parse("service=s"))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("unknown option \"conect_timeout\" (did you mean connect_timeout?)")
                .hasMessageContaining(".pg_service.conf line 3");
        userServiceFile("[s]\npassword hunter2\n");
        assertThatThrownBy(() -> resolver(Map.of()).parse("service=s"))
                .hasMessageContaining("syntax error in service file").hasMessageContaining("line 2")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
        userServiceFile("[s]\nservice=t\n");
        assertThatThrownBy(() -> resolver(Map.of()).parse("service=s")).hasMessageContaining("not allowed in a service file");
        assertThatThrownBy(() -> resolver(Map.of()).parse("service=missing"))
                .hasMessageContaining("service \"missing\" not found in " + home.resolve(".pg_service.conf"));
    }

    @Test
    void serviceIsPostgresOnly() {
        assertThatThrownBy(() -> resolver(Map.of()).parse("mysql://h/?service=x"))
                .hasMessageContaining("option \"service\" does not apply to backend mysql");
    }

    @Test
    void builderValuesOfEveryKind() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("host", "db1,db2");
        values.put("port", 5433);
        values.put("database", "shop");
        values.put("username", "app");
        values.put("password", Secret.of("pw"));
        values.put("connectTimeout", Duration.ofSeconds(4));
        values.put("autocommit", true);
        values.put("prepare_threshold", 3L);
        values.put("sslMode", "VERIFY_CA");
        ConnectOptions o = resolver(Map.of("PGHOST", "ignored")).resolve("postgres", values);
        assertThat(o.backend()).isEqualTo("postgresql");
        assertThat(o.hosts()).containsExactly(new HostSpec("db1", 5433), new HostSpec("db2", 5433));
        assertThat(o.database()).isEqualTo("shop");
        assertThat(o.user()).isEqualTo("app");
        assertThat(o.password()).isEqualTo(Secret.of("pw"));
        assertThat(o.options()).containsEntry("connect_timeout", "4").containsEntry("autocommit", "true")
                .containsEntry("prepare_threshold", "3").containsEntry("sslmode", "verify-ca");
    }

    @Test
    void builderInfersTheBackend() {
        SqlwireOptionResolver r = resolver(Map.of());
        assertThat(r.resolve(null, Map.of("dbname", "x.db")).backend()).isEqualTo("sqlite");
        assertThat(r.resolve(null, Map.of()).database()).isEqualTo(":memory:");
        assertThat(r.resolve(null, Map.of("host", "h")).backend()).isEqualTo("postgresql");
        assertThat(r.resolve(null, Map.of("host", "h", "unix_socket", "/s")).backend()).isEqualTo("mysql");
        assertThat(r.resolve(null, Map.of("backend", "mariadb")).options()).containsEntry("flavor", "mariadb");
        assertThatThrownBy(() -> r.resolve(null, Map.of("unix_socket", "/s", "sslnegotiation", "direct")))
                .hasMessageContaining("cannot tell the backend");
        assertThatThrownBy(() -> r.resolve("mysql", Map.of("backend", "sqlite")))
                .hasMessageContaining("backend=sqlite conflicts with backend mysql");
        assertThatThrownBy(() -> r.resolve("oracle", Map.of()))
                .hasMessageContaining("unknown backend \"oracle\": expected one of postgresql, postgres, mysql, mariadb, sqlite");
        assertThatThrownBy(() -> r.parse("mysql://h/?backend=postgresql")).hasMessageContaining("conflicts");
    }

    @Test
    void builderThroughServiceLoader() {
        // sqlite reads no environment variables, so the real environment cannot change this result
        ConnectOptions o = ConnectOptions.builder().backend("sqlite").database("app.db")
                .option("busy_timeout", Duration.ofSeconds(1)).option("foreign_keys", "yes").build();
        assertThat(o.database()).isEqualTo("app.db");
        assertThat(o.options()).containsEntry("busy_timeout", "1000").containsEntry("foreign_keys", "true");
        assertThat(ConnectOptions.parse("sqlite::memory:").database()).isEqualTo(":memory:");
        assertThat(o.toBuilder().build()).isEqualTo(o);
        assertThatThrownBy(() -> ConnectOptions.builder().backend("sqlite").option("jurnal_mode", "wal").build())
                .hasMessage("unknown option \"jurnal_mode\" (did you mean journal_mode?)");
    }

    @Test
    void builderHostsWithAndWithoutPorts() {
        Map<String, Object> values = Map.of("host", "a,b", "port", ",6000");
        assertThat(resolver(Map.of()).resolve("mysql", values).hosts())
                .containsExactly(new HostSpec("a", 3306), new HostSpec("b", 6000));
    }

    @Test
    void explainMasksSecretsAndShowsFolding() {
        List<ResolvedOption> rows = resolver(Map.of("PGPASSWORD", "envpw"))
                .explain("postgresql://u:urlpw@h/db?ssl=true&sslpassword=kp");
        Map<String, ResolvedOption> ex = byName(rows);
        assertThat(ex.get("password").value()).isEqualTo("********");
        assertThat(ex.get("password").source()).isEqualTo(Source.EXPLICIT);
        assertThat(ex.get("sslpassword").value()).isEqualTo("********");
        assertThat(ex.get("sslmode").value()).isEqualTo("require");
        assertThat(ex.get("sslmode").origin()).contains("from ssl=true");
        assertThat(ex.get("backend").value()).isEqualTo("postgresql");
        assertThat(rows.toString()).doesNotContain("urlpw", "envpw", "kp,", "=kp");
        assertThat(ex).doesNotContainKeys("unix_socket", "mode"); // other backends' rows
        assertThat(ex.keySet()).containsSubsequence("backend", "host", "port", "sslmode", "service");
    }

    @Test
    void explainThroughTheTable() {
        List<ResolvedOption> rows = OptionTable.explain("sqlite:app.db?mode=ro", Environment.empty());
        assertThat(rows).extracting(r -> r.option().name()).contains("dbname", "mode", "busy_timeout", "autocommit");
        assertThat(byName(rows).get("mode")).extracting(ResolvedOption::value, ResolvedOption::isSet).containsExactly("ro", true);
        assertThat(byName(rows).get("busy_timeout").isSet()).isFalse();
    }

    @Test
    void passwordsNeverAppearInMessages() {
        SqlwireOptionResolver r = resolver(Map.of());
        String pw = "Zq7-unlikely";
        for (String dsn : List.of("postgresql://u:" + pw + "@h:bad/db", "password=" + pw + " port=x",
                "password='" + pw, "postgresql://u:" + pw + "@h/db?conect_timeout=1",
                "mysql://u:" + pw + "@h/db?sslnegotiation=direct", "host=a,b port=1,2,3 password=" + pw)) {
            assertThatThrownBy(() -> r.parse(dsn)).isInstanceOf(InvalidOptionException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(pw));
        }
    }
}
