package io.sqlwire.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.Connection;
import io.sqlwire.InternalException;
import io.sqlwire.OperationalException;
import io.sqlwire.Sqlwire;
import io.sqlwire.mysql.protocol.LeBytes;
import io.sqlwire.mysql.protocol.Packet;
import io.sqlwire.mysql.protocol.PayloadReader;
import io.sqlwire.mysql.protocol.packet.server.ColumnCount;
import io.sqlwire.mysql.protocol.packet.server.ColumnDefinition41;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Against an in-process fake server: what real servers do not send (no harness needed). */
@Timeout(30)
class MySqlFakeServerIT {

    static final ColumnDefinition41 COL = new ColumnDefinition41("def", "", "", "", "a", "", 45, 11, 253, 0, 0);

    @Test
    void handshakeResponseCarriesUserDatabaseAndAttributes() throws Exception {
        Map<String, String> attrs = new LinkedHashMap<>();
        String[] user = new String[2];
        try (FakeMySqlServer server = new FakeMySqlServer(peer -> {
            PayloadReader r = new PayloadReader(peer.login().payload(), "HandshakeResponse41");
            r.skip(32, "fixed part");
            user[0] = r.readNulTerminated("user");
            assertThat(r.readLengthEncodedBytes("auth")).hasSize(20);
            user[1] = r.readNulTerminated("db");
            assertThat(r.readNulTerminated("plugin")).isEqualTo("mysql_native_password");
            PayloadReader a = new PayloadReader(r.readLengthEncodedBytes("attrs"), "attrs");
            while (a.hasRemaining()) {
                attrs.put(a.readLengthEncodedString("k"), a.readLengthEncodedString("v"));
            }
            assertThat(peer.answerQuery()).isEqualTo("SET autocommit=0");
        })) {
            Sqlwire.connect(server.uri("&program_name=tck")).close();
            server.await();
        }
        assertThat(user).containsExactly("u", "db");
        assertThat(attrs).containsEntry("_client_name", "sqlwire").containsEntry("program_name", "tck")
                .containsKey("_client_version");
    }

    @Test
    void truncatedColumnDefinitionClosesTheConnection() throws Exception {
        try (FakeMySqlServer server = new FakeMySqlServer(peer -> {
            peer.login();
            peer.answerQuery();
            peer.read();
            peer.write(1, new ColumnCount(1).encode());
            byte[] def = COL.encode();
            peer.write(2, java.util.Arrays.copyOf(def, def.length - 6));
        })) {
            Connection c = Sqlwire.connect(server.uri(""));
            assertThatThrownBy(() -> c.query("select a"))
                    .isInstanceOf(InternalException.class)
                    .hasMessageContaining("malformed ColumnDefinition41 packet")
                    .hasMessageContaining("reading type");
            assertThat(c.isClosed()).isTrue();
            server.await();
        }
    }

    @Test
    void packetOutOfSequenceClosesTheConnection() throws Exception {
        try (FakeMySqlServer server = new FakeMySqlServer(peer -> {
            peer.login();
            peer.answerQuery();
            peer.read();
            peer.write(5, FakeMySqlServer.ok(2));
        })) {
            Connection c = Sqlwire.connect(server.uri(""));
            assertThatThrownBy(() -> c.execute("do 1"))
                    .isInstanceOf(InternalException.class)
                    .hasMessage("packets out of order: expected sequence id 1, got 5 (the connection is out of sync)");
            assertThat(c.isClosed()).isTrue();
            server.await();
        }
    }

    @Test
    void truncatedRowAndLostServer() throws Exception {
        try (FakeMySqlServer server = new FakeMySqlServer(peer -> {
            peer.login();
            peer.answerQuery();
            peer.read();
            peer.write(1, new ColumnCount(1).encode());
            peer.write(2, COL.encode());
            peer.write(3, new LeBytes().int1(1).text("x").build());
            peer.write(4, new LeBytes().int1(9).text("abc").build());
        })) {
            Connection c = Sqlwire.connect(server.uri(""));
            var cur = c.cursor().execute("select a");
            assertThat(cur.fetchone().get(0)).isEqualTo("x");
            assertThatThrownBy(cur::fetchone).isInstanceOf(InternalException.class)
                    .hasMessageContaining("malformed ResultsetRow packet").hasMessageContaining("value of column 1");
            assertThat(c.isClosed()).isTrue();
            server.await();
        }
    }

    @Test
    void serverClosingMidResultIsAnOperationalError() throws Exception {
        try (FakeMySqlServer server = new FakeMySqlServer(peer -> {
            peer.login();
            peer.answerQuery();
            peer.read();
            peer.write(1, new ColumnCount(1).encode());
        })) {
            Connection c = Sqlwire.connect(server.uri(""));
            assertThatThrownBy(() -> c.query("select a"))
                    .isInstanceOf(OperationalException.class)
                    .hasMessageContaining("lost connection to the MySQL server during query")
                    .satisfies(e -> assertThat(((OperationalException) e).isTransient()).isTrue());
            assertThat(c.isClosed()).isTrue();
            server.await();
        }
    }

    @Test
    void localInfileRequestIsRefusedWithoutSendingTheFile() throws Exception {
        byte[][] sent = new byte[1][];
        try (FakeMySqlServer server = new FakeMySqlServer(peer -> {
            peer.login();
            peer.answerQuery();
            peer.read();
            peer.write(1, new LeBytes().int1(0xFB).text("/etc/passwd").build());
            Packet data = peer.read();
            sent[0] = data.payload();
            assertThat(data.sequenceId()).isEqualTo(2);
            peer.write(3, FakeMySqlServer.ok(2));
            peer.read();
            peer.write(1, FakeMySqlServer.ok(2));
        })) {
            Connection c = Sqlwire.connect(server.uri(""));
            assertThatThrownBy(() -> c.execute("select 1"))
                    .isInstanceOf(OperationalException.class).hasMessageContaining("nothing was sent");
            assertThat(c.isClosed()).isFalse();
            c.execute("do 1");
            c.close();
            server.await();
        }
        assertThat(sent[0]).isEmpty();
    }

    @Test
    void clearTextPasswordIsRefusedWithoutTls() throws Exception {
        boolean[] passwordSent = new boolean[1];
        try (FakeMySqlServer server = new FakeMySqlServer(peer -> {
            peer.write(0, FakeMySqlServer.greeting());
            peer.read();
            peer.write(2, new LeBytes().int1(0xFE).nul("mysql_clear_password").build());
            try {
                Packet p = peer.read();
                passwordSent[0] = new String(p.payload(), StandardCharsets.UTF_8).contains("secret-pw");
            } catch (java.io.IOException e) {
                // the client hung up: what it should do
            }
        })) {
            assertThatThrownBy(() -> Sqlwire.connect(server.uri("")))
                    .isInstanceOf(OperationalException.class)
                    .hasMessageContaining("mysql_clear_password")
                    .hasMessageNotContaining("secret-pw");
            server.await();
        }
        assertThat(passwordSent[0]).isFalse();
    }

    @Test
    void idleDisconnectErrorIsALostConnection() throws Exception {
        try (FakeMySqlServer server = new FakeMySqlServer(peer -> {
            peer.login();
            peer.answerQuery();
            peer.read();
            peer.write(0, new io.sqlwire.mysql.protocol.packet.server.ErrPacket(4031, "HY000",
                    "The client was disconnected by the server because of inactivity.").encode());
        })) {
            Connection c = Sqlwire.connect(server.uri(""));
            assertThatThrownBy(() -> c.execute("do 1"))
                    .isInstanceOf(OperationalException.class)
                    .hasMessageContaining("the server closed the connection: ERROR 4031")
                    .satisfies(e -> assertThat(((OperationalException) e).isTransient()).isTrue());
            assertThat(c.isClosed()).isTrue();
            server.await();
        }
    }

    @Test
    void localInfileOutsideTheAllowedDirectoryIsRefused(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Files.writeString(dir.resolve("ok.csv"), "1\n");
        byte[][] sent = new byte[1][];
        try (FakeMySqlServer server = new FakeMySqlServer(peer -> {
            Packet response = peer.login();
            long caps = new PayloadReader(response.payload(), "t").readUInt32("caps");
            assertThat(caps & (1L << 7)).as("CLIENT_LOCAL_FILES").isNotZero();
            peer.answerQuery();
            peer.read();
            peer.write(1, new LeBytes().int1(0xFB).text("/etc/passwd").build());
            sent[0] = peer.read().payload();
            peer.write(3, FakeMySqlServer.ok(2));
        })) {
            Connection c = Sqlwire.connect(server.uri("&local_infile=true&local_infile_dir=" + dir));
            assertThatThrownBy(() -> c.execute("load data local infile '" + dir.resolve("ok.csv") + "' into table t"))
                    .isInstanceOf(OperationalException.class)
                    .hasMessageContaining("/etc/passwd").hasMessageContaining("nothing was sent");
            c.close();
            server.await();
        }
        assertThat(sent[0]).isEmpty();
    }
}
