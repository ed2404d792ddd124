package io.sqlwire.core.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.ConnectOptions;
import io.sqlwire.InvalidOptionException;
import io.sqlwire.Secret;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OptionTableTest {

    private final SqlwireOptionResolver resolver = new SqlwireOptionResolver(Environment.empty());

    @Test
    void everyPublicRowIsInTheTableOnce() throws IllegalAccessException {
        List<Object> fields = new ArrayList<>();
        for (Class<?> area : List.of(CoreOptions.class, TlsOptions.class, PostgresOptions.class, MysqlOptions.class,
                SqliteOptions.class)) {
            for (Field f : area.getDeclaredFields()) {
                if (Modifier.isPublic(f.getModifiers()) && f.getType() == Option.class) {
                    fields.add(f.get(null));
                }
            }
        }
        assertThat(OptionTable.all()).containsExactlyInAnyOrderElementsOf(fields.stream().map(o -> (Option<?>) o).toList());
        assertThat(new HashSet<>(OptionTable.all())).hasSameSizeAs(OptionTable.all());
    }

    @Test
    void namesAreUniqueIgnoringCaseAndDocumented() {
        Set<String> seen = new HashSet<>();
        for (Option<?> row : OptionTable.all()) {
            Set<String> own = new HashSet<>();
            Stream.concat(Stream.of(row.name()), row.aliases().stream()).map(String::toLowerCase).forEach(own::add);
            for (String n : own) {
                assertThat(seen.add(n)).as("name %s used twice", n).isTrue();
            }
            assertThat(row.doc()).as("doc of %s", row).isNotBlank();
            assertThat(row.backends()).isNotEmpty();
        }
    }

    @Test
    void theBriefsRowsAndAliasesExist() {
        for (String name : List.of("host", "hostaddr", "port", "dbname", "user", "password", "passfile", "require_auth",
                "channel_binding", "connect_timeout", "client_encoding", "options", "application_name",
                "fallback_application_name", "keepalives", "keepalives_idle", "keepalives_interval", "keepalives_count",
                "tcp_user_timeout", "sslmode", "sslnegotiation", "sslcert", "sslkey", "sslpassword", "sslcertmode",
                "sslrootcert", "sslcrl", "sslcrldir", "sslsni", "ssl_min_protocol_version", "ssl_max_protocol_version",
                "min_protocol_version", "max_protocol_version", "service", "target_session_attrs", "load_balance_hosts",
                "requirepeer", "gssencmode", "autocommit", "prepare_threshold", "statement_timeout", "read_timeout",
                "fetch_size", "unix_socket", "write_timeout", "charset", "collation", "sql_mode", "init_command",
                "local_infile", "client_flag", "program_name", "compress", "ssl_verify_cert", "ssl_verify_identity",
                "tls_version", "server_public_key", "auth_plugin", "allow_public_key_retrieval", "allow_cleartext_password", "read_default_file",
                "read_default_group", "auto_reconnect", "mode", "busy_timeout", "foreign_keys", "journal_mode")) {
            assertThat(OptionTable.find(name)).as(name).isPresent();
        }
        Map<String, String> aliases = Map.ofEntries(Map.entry("database", "dbname"), Map.entry("db", "dbname"),
                Map.entry("passwd", "password"), Map.entry("connectTimeout", "connect_timeout"),
                Map.entry("ssl_mode", "sslmode"), Map.entry("sslMode", "sslmode"), Map.entry("ssl_ca", "sslrootcert"),
                Map.entry("ssl_cert", "sslcert"), Map.entry("ssl_key", "sslkey"), Map.entry("username", "user"),
                Map.entry("SSLMODE", "sslmode"), Map.entry("program_name", "application_name"));
        aliases.forEach((alias, name) -> assertThat(OptionTable.find(alias)).as(alias).get()
                .extracting(Option::name).isEqualTo(name));
    }

    @Test
    void secretRowsAreSecret() {
        assertThat(OptionTable.all().stream().filter(Option::isSecret).map(Option::name))
                .containsExactlyInAnyOrder("password", "sslpassword");
    }

    @Test
    void defaultsParseForEveryBackend() {
        for (Option<?> row : OptionTable.all()) {
            for (Backend b : row.backends()) {
                if (row.defaultText(b) != null) {
                    assertThat(row.defaultValue(b)).as("%s on %s", row, b).isNotNull();
                }
            }
        }
    }

    static Stream<Arguments> everyNameAndAlias() {
        return OptionTable.all().stream()
                // a named option file must exist (MyCnfFileTest covers read_default_file and its alias)
                .filter(r -> r != PostgresOptions.SERVICE && r != CoreOptions.BACKEND && r != MysqlOptions.READ_DEFAULT_FILE)
                .flatMap(r -> Stream.concat(Stream.of(r.name()), r.aliases().stream()).map(n -> Arguments.of(n, r)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyNameAndAlias")
    void everyNameAndAliasSetsItsRow(String name, Option<?> row) {
        Backend backend = row.appliesTo(Backend.POSTGRESQL) ? Backend.POSTGRESQL : row.backends().iterator().next();
        ConnectOptions o = resolver.resolve(backend.canonicalName(), Map.of(name, sample(row.type())));
        if (row.slot() == Option.Slot.FOLDED) {
            assertThat(TlsOptions.SSLMODE.isSet(o)).isTrue();
        } else {
            assertThat(row.find(o)).as("%s via %s", row, name).isPresent();
        }
    }

    private static Object sample(OptionType<?> type) {
        return switch (type) {
            case OptionType.Text t -> "x";
            case OptionType.IntRange r -> r.min();
            case OptionType.Bool b -> true;
            case OptionType.Seconds s -> Duration.ofSeconds(3);
            case OptionType.Choice c -> c.values().get(c.values().size() - 1).equals("allow") ? "require" : c.values().get(0);
            case OptionType.ChoiceList c -> c.values().get(0);
            case OptionType.FilePath p -> "/tmp/x";
            case OptionType.SecretText s -> Secret.of("s");
            case OptionType.HostList h -> "h1";
            case OptionType.PortList p -> 5999;
        };
    }

    @Test
    void typedAccessReturnsValueOrDefault() {
        ConnectOptions o = resolver.parse("postgresql://h:6000/db?connect_timeout=500ms&keepalives=off&prepare_threshold=0"
                + "&sslrootcert=/ca.pem&require_auth=!md5,!password");
        assertThat(CoreOptions.CONNECT_TIMEOUT.get(o)).isEqualTo(Duration.ofMillis(500));
        assertThat(o.options()).containsEntry("connect_timeout", "0.5");
        assertThat(CoreOptions.KEEPALIVES.get(o)).isFalse();
        assertThat(CoreOptions.PREPARE_THRESHOLD.get(o)).isZero();
        assertThat(PostgresOptions.REQUIRE_AUTH.get(o)).containsExactly("!md5", "!password");
        assertThat(TlsOptions.SSLROOTCERT.get(o)).isEqualTo("/ca.pem");
        assertThat(CoreOptions.PORT.get(o)).containsExactly(6000);
        assertThat(CoreOptions.HOST.get(o)).containsExactly("h");
        // defaults
        assertThat(CoreOptions.AUTOCOMMIT.get(o)).isFalse();
        assertThat(CoreOptions.AUTOCOMMIT.isSet(o)).isFalse();
        assertThat(TlsOptions.SSLMODE.get(o)).isEqualTo("prefer");
        assertThat(CoreOptions.READ_TIMEOUT.get(o)).isZero();
        assertThat(TlsOptions.SSLCERT.get(o)).isNull();
        assertThat(PostgresOptions.PASSFILE.get(o)).isEqualTo(Path.of("~/.pgpass"));
        assertThat(CoreOptions.PREPARE_THRESHOLD.defaultValue(Backend.MYSQL)).isEqualTo(5);
        assertThat(CoreOptions.PORT.defaultValue(Backend.MYSQL)).containsExactly(3306);
    }

    @Test
    void typedAccessToSecrets() {
        ConnectOptions o = resolver.resolve("mysql", Map.of("password", "pw", "ssl_key_password", Secret.of("kp")));
        assertThat(CoreOptions.PASSWORD.get(o)).isEqualTo(Secret.of("pw"));
        assertThat(TlsOptions.SSLPASSWORD.get(o)).isEqualTo(Secret.of("kp"));
        assertThat(o.options()).doesNotContainKeys("password", "sslpassword");
        assertThat(o.toString()).doesNotContain("pw", "kp");
    }

    @Test
    void booleansAcceptEveryUsualSpelling() {
        for (String t : List.of("true", "1", "yes", "on", "TRUE", "On")) {
            assertThat(OptionType.BOOL.parse("x", t)).isTrue();
        }
        for (String f : List.of("false", "0", "no", "off", "False")) {
            assertThat(OptionType.BOOL.parse("x", f)).isFalse();
        }
        assertThatThrownBy(() -> OptionType.BOOL.parse("autocommit", "maybe"))
                .hasMessage("invalid value \"maybe\" for autocommit: expected true/false, 1/0, yes/no or on/off");
    }

    @Test
    void durationsTakeUnits() {
        OptionType.Seconds s = OptionType.seconds();
        assertThat(s.parse("t", "10")).hasSeconds(10);
        assertThat(s.parse("t", "1.5")).isEqualTo(Duration.ofMillis(1500));
        assertThat(s.parse("t", "250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(s.parse("t", "2min")).hasMinutes(2);
        assertThat(s.parse("t", "1h")).hasHours(1);
        assertThat(s.format(Duration.ofMillis(1500))).isEqualTo("1.5");
        assertThat(OptionType.millis().parse("t", "5")).isEqualTo(Duration.ofMillis(5));
        assertThat(OptionType.millis().format(Duration.ofSeconds(2))).isEqualTo("2000");
        assertThatThrownBy(() -> s.parse("connect_timeout", "-1")).hasMessageContaining("invalid value \"-1\" for connect_timeout");
        assertThatThrownBy(() -> s.canonical("connect_timeout", Duration.ofSeconds(-1))).hasMessageContaining("negative");
        assertThatThrownBy(() -> OptionType.intRange(0, 9).canonical("fetch_size", Duration.ofSeconds(1)))
                .hasMessageContaining("takes integer (0-9), not a duration");
    }

    @Test
    void integersAreRangeChecked() {
        assertThatThrownBy(() -> resolver.parse("prepare_threshold=-1"))
                .hasMessage("invalid value \"-1\" for prepare_threshold: expected an integer from 0 to 2147483647");
        assertThatThrownBy(() -> resolver.parse("keepalives_count=lots")).hasMessageContaining("\"lots\"");
    }

    @Test
    void sslmodeAcceptsBothSpellingsPerBackend() {
        assertThat(resolver.parse("mysql://h/?ssl-mode=REQUIRED").options()).containsEntry("sslmode", "require");
        assertThat(resolver.parse("mysql://h/?sslMode=verify_ca").options()).containsEntry("sslmode", "verify-ca");
        assertThat(resolver.parse("postgresql://h/?sslmode=VERIFY_IDENTITY").options()).containsEntry("sslmode", "verify-full");
        assertThat(resolver.parse("postgresql://h/?sslmode=allow").options()).containsEntry("sslmode", "allow");
        assertThatThrownBy(() -> resolver.parse("mysql://h/?sslmode=allow"))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("sslmode=allow is not supported by backend mysql");
        assertThatThrownBy(() -> resolver.parse("sslmode=sometimes"))
                .hasMessage("invalid value \"sometimes\" for sslmode: expected one of disable, allow, prefer, require, "
                        + "verify-ca, verify-full");
    }

    @Test
    void compatibilityRowsFoldIntoSslmode() {
        assertThat(resolver.parse("mysql://h/?ssl=false").options()).containsEntry("sslmode", "disable");
        assertThat(resolver.parse("mysql://h/?ssl=1&ssl_verify_cert=true").options()).containsEntry("sslmode", "verify-ca");
        assertThat(resolver.parse("mysql://h/?ssl_verify_identity=yes&ssl=true").options()).containsEntry("sslmode", "verify-full");
        assertThat(resolver.parse("requiressl=1").options()).containsEntry("sslmode", "require");
        // an explicit sslmode beats a compatibility spelling
        assertThat(resolver.parse("postgresql://h/?ssl=true&sslmode=verify-full").options()).containsEntry("sslmode", "verify-full");
    }

    @Test
    void optionForAnotherBackendNamesTheBackend() {
        assertThatThrownBy(() -> resolver.parse("mysql://h/db?sslnegotiation=direct"))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessage("option \"sslnegotiation\" does not apply to backend mysql (only to postgresql)");
        assertThatThrownBy(() -> resolver.parse("postgresql://h/db?unix_socket=/tmp/s"))
                .hasMessageContaining("does not apply to backend postgresql (only to mysql)");
        assertThatThrownBy(() -> resolver.parse("sqlite:x.db?user=u"))
                .hasMessageContaining("option \"user\" does not apply to backend sqlite");
    }

    @Test
    void libpqCrossOptionRules() {
        assertThat(resolver.parse("sslrootcert=system").options()).containsEntry("sslmode", "verify-full");
        assertThatThrownBy(() -> resolver.parse("sslrootcert=system sslmode=require"))
                .hasMessageContaining("sslmode=require is too weak for sslrootcert=system");
        assertThatThrownBy(() -> resolver.parse("sslnegotiation=direct"))
                .hasMessageContaining("sslnegotiation=direct needs sslmode require");
        assertThat(resolver.parse("sslnegotiation=direct sslmode=require").options()).containsEntry("sslnegotiation", "direct");
        assertThatThrownBy(() -> resolver.parse("require_auth=md5,!password"))
                .hasMessageContaining("negated (!) and plain methods cannot be mixed");
    }

    @Test
    void suggestionsOnlyWhenClose() {
        assertThat(OptionTable.suggest("conect_timeout")).contains("connect_timeout");
        assertThat(OptionTable.suggest("prot")).contains("port");
        assertThat(OptionTable.suggest("applicaton_name")).contains("application_name");
        assertThat(OptionTable.suggest("sslmod")).contains("sslmode");
        assertThat(OptionTable.suggest("zzzzzzzz")).isEmpty();
        assertThat(OptionTable.suggest("x")).isEmpty();
        assertThatThrownBy(() -> OptionTable.lookup("usr")).hasMessage("unknown option \"usr\" (did you mean user?)");
    }
}
