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
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MyCnfFileTest {

    @TempDir
    Path dir;

    private SqlwireOptionResolver resolver(Map<String, String> env) {
        return new SqlwireOptionResolver(Environment.of(env, dir));
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private static Map<String, ResolvedOption> byName(List<ResolvedOption> list) {
        return list.stream().collect(Collectors.toMap(r -> r.option().name(), Function.identity()));
    }

    @Test
    void readsClientGroupWithPrecedenceAndExplain() throws IOException {
        Path f = write("my.cnf", """
                # comment
                [mysqld]
                port=9999
                [client]
                host = filehost
                port=3307
                user=fileuser
                password="p#w\\"d"
                database=filedb
                socket=/tmp/my.sock
                ; another comment
                default-character-set=utf8mb4
                no-beep
                some_unknown_key=whatever
                """);
        Map<String, String> env = Map.of("MYSQL_UNIX_PORT", "/env.sock");
        String dsn = "mysql://?read_default_file=" + f + "&user=explicituser";
        ConnectOptions o = resolver(env).parse(dsn);
        assertThat(o.hosts()).containsExactly(new HostSpec("filehost", 3307));
        assertThat(o.user()).isEqualTo("explicituser");
        assertThat(o.password()).isEqualTo(Secret.of("p#w\"d"));
        assertThat(o.database()).isEqualTo("filedb");
        assertThat(o.options()).containsEntry("unix_socket", "/tmp/my.sock").containsEntry("charset", "utf8mb4");

        Map<String, ResolvedOption> ex = byName(resolver(env).explain(dsn));
        assertThat(ex.get("user").source()).isEqualTo(Source.EXPLICIT);
        assertThat(ex.get("host").source()).isEqualTo(Source.OPTION_FILE);
        assertThat(ex.get("host").origin()).isEqualTo("option file " + f + " [client] line 5");
        assertThat(ex.get("unix_socket").source()).isEqualTo(Source.OPTION_FILE);
        assertThat(ex.get("password").value()).doesNotContain("p#w");
        assertThat(ex.toString()).doesNotContain("p#w");
    }

    @Test
    void optionFileBeatsEnvironmentAndEnvironmentFillsTheRest() throws IOException {
        Path f = write("a.cnf", "[client]\nsocket=/file.sock\n");
        ConnectOptions o = resolver(Map.of("MYSQL_UNIX_PORT", "/env.sock")).parse("mysql://?default_file=" + f);
        assertThat(o.options()).containsEntry("unix_socket", "/file.sock");
        ConnectOptions none = resolver(Map.of("MYSQL_UNIX_PORT", "/env.sock")).parse("mysql://");
        assertThat(none.options()).containsEntry("unix_socket", "/env.sock");
    }

    @Test
    void groupsInOrderCustomGroupLast() throws IOException {
        Path f = write("g.cnf", """
                [myapp]
                user=appuser
                [client-mariadb]
                user=mariauser
                database=mdb
                [client]
                user=clientuser
                database=cdb
                port=1111
                [client-server]
                port=2222
                """);
        ConnectOptions o = resolver(Map.of()).parse("mysql://h/?read_default_file=" + f + "&read_default_group=myapp");
        assertThat(o.user()).isEqualTo("appuser");
        assertThat(o.database()).isEqualTo("mdb");
        assertThat(o.hosts()).containsExactly(new HostSpec("h", 2222));
        ConnectOptions plain = resolver(Map.of()).parse("mysql://h/?read_default_file=" + f);
        assertThat(plain.user()).isEqualTo("mariauser");
    }

    @Test
    void quotingEscapesAndComments() throws IOException {
        Path f = write("q.cnf", """
                [client]
                init-command='SET @a=\\'x\\'\\tb' # trailing comment
                user = spaced user  # comment
                password=pa#ss
                host="a\\\\b"
                """);
        List<MyCnfFile.Entry> entries = MyCnfFile.read(List.of(f), true, MyCnfFile.CLIENT_GROUPS);
        Map<String, String> m = entries.stream().collect(Collectors.toMap(MyCnfFile.Entry::key,
                e -> String.valueOf(e.value())));
        assertThat(m).containsEntry("init_command", "SET @a='x'\tb").containsEntry("user", "spaced user")
                .containsEntry("password", "pa#ss").containsEntry("host", "a\\b");
    }

    @Test
    void includeAndIncludeDirInSortedOrderWithLoopProtection() throws IOException {
        write("conf.d/b.cnf", "[client]\nuser=fromB\n");
        write("conf.d/a.cnf", "[client]\nuser=fromA\ndatabase=adb\n");
        write("conf.d/ignored.txt", "[client]\nuser=ignored\n");
        Path main = dir.resolve("main.cnf");
        write("loop.cnf", "!include " + main + "\n[client]\nport=4444\n");
        write("main.cnf", "[client]\nhost=mainhost\n!include loop.cnf\n!includedir " + dir.resolve("conf.d") + "\n");
        ConnectOptions o = resolver(Map.of()).parse("mysql://?read_default_file=" + main);
        assertThat(o.user()).isEqualTo("fromB");
        assertThat(o.database()).isEqualTo("adb");
        assertThat(o.hosts()).containsExactly(new HostSpec("mainhost", 4444));
    }

    @Test
    void badPortNamesFileLineAndKey() throws IOException {
        Path f = write("bad.cnf", "[client]\nuser=u\nport=notaport\n");
        assertThatThrownBy(() -> resolver(Map.of()).parse("mysql://?read_default_file=" + f))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining("line 3").hasMessageContaining("\"port\"");
    }

    @Test
    void syntaxErrorsNeverEchoThePassword() throws IOException {
        Path f = write("s.cnf", "[client]\npassword='secretpw\n");
        assertThatThrownBy(() -> resolver(Map.of()).parse("mysql://?read_default_file=" + f))
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("line 2")
                .hasMessageNotContaining("secretpw");
    }

    @Test
    void missingNamedFileIsAnError() {
        assertThatThrownBy(() -> resolver(Map.of()).parse("mysql://?read_default_file=" + dir.resolve("none.cnf")))
                .isInstanceOf(InvalidOptionException.class).hasMessageContaining("none.cnf");
    }

    @Test
    void groupWithoutFileReadsHomeFile() throws IOException {
        write(".my.cnf", "[client]\nuser=homeuser\n[myapp]\ndatabase=appdb\n");
        ConnectOptions o = resolver(Map.of()).parse("mysql://h/?read_default_group=myapp");
        assertThat(o.user()).isEqualTo("homeuser");
        assertThat(o.database()).isEqualTo("appdb");
        assertThat(MyCnfFile.defaultFiles(Environment.system())).first()
                .isEqualTo(Path.of("/etc/mysql/my.cnf"));
        // without read_default_file/read_default_group no file is read
        assertThat(resolver(Map.of()).parse("mysql://h/").user()).isNull();
    }

    @Test
    void sslModeFromFile() throws IOException {
        Path f = write("t.cnf", "[client]\nssl-mode=VERIFY_IDENTITY\nssl-ca=/ca.pem\npassword\ncompress\n");
        ConnectOptions o = resolver(Map.of()).parse("mysql://h/?read_default_file=" + f);
        assertThat(TlsOptions.SSLMODE.get(o)).isEqualTo("verify-full");
        assertThat(o.options()).containsEntry("sslrootcert", "/ca.pem").containsEntry("compress", "true");
        assertThat(o.password()).isNull(); // a bare "password" means "prompt" to the mysql tools
    }
}
