package io.sqlwire.postgres.protocol.message.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.InternalException;
import io.sqlwire.postgres.protocol.BackendReader;
import io.sqlwire.postgres.protocol.ByteSink;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decoding framed bytes, and refusing malformed, truncated and oversized frames. */
class BackendMessagesTest {

    /** A frame: type byte, length, body. */
    static byte[] frame(int type, Object... parts) {
        ByteSink out = new ByteSink();
        int at = out.beginMessage(type);
        for (Object p : parts) {
            switch (p) {
                case Integer i -> out.writeInt32(i);
                case Short s -> out.writeInt16(s);
                case Byte b -> out.writeByte(b);
                case String s -> out.writeCString(s);
                case byte[] b -> out.writeBytes(b);
                default -> throw new IllegalArgumentException(String.valueOf(p));
            }
        }
        out.endMessage(at);
        return out.toByteArray();
    }

    static BackendMessage decode(byte[] bytes) throws IOException {
        return new BackendReader(new ByteArrayInputStream(bytes)).read();
    }

    @Test
    void authenticationFamily() throws IOException {
        assertThat(decode(frame('R', 0))).isSameAs(AuthenticationOk.INSTANCE);
        assertThat(decode(frame('R', 3))).isSameAs(AuthenticationCleartextPassword.INSTANCE);
        assertThat(((AuthenticationMD5Password) decode(frame('R', 5, new byte[] {1, 2, 3, 4}))).salt())
                .containsExactly(1, 2, 3, 4);
        assertThat(decode(frame('R', 10, "SCRAM-SHA-256-PLUS", "SCRAM-SHA-256", "")))
                .isEqualTo(new AuthenticationSASL(List.of("SCRAM-SHA-256-PLUS", "SCRAM-SHA-256")));
        assertThat(((AuthenticationSASLContinue) decode(frame('R', 11, new byte[] {'r', '='}))).data())
                .containsExactly('r', '=');
        assertThat(((AuthenticationSASLFinal) decode(frame('R', 12, new byte[] {'v'}))).data()).containsExactly('v');
        assertThat(((AuthenticationUnsupported) decode(frame('R', 7))).method()).isEqualTo("GSSAPI");
    }

    @Test
    void backendKeyDataShortAndLongKeys() throws IOException {
        BackendKeyData k = (BackendKeyData) decode(frame('K', 77, new byte[] {1, 2, 3, 4}));
        assertThat(k.processId()).isEqualTo(77);
        assertThat(k.secretKey()).containsExactly(1, 2, 3, 4);
        assertThat(((BackendKeyData) decode(frame('K', 1, new byte[32]))).secretKey()).hasSize(32);
        assertThatThrownBy(() -> decode(frame('K', 1, new byte[257])))
                .isInstanceOf(InternalException.class).hasMessageContaining("BackendKeyData")
                .hasMessageContaining("secret key");
        assertThatThrownBy(() -> decode(frame('K', 1, new byte[2]))).isInstanceOf(InternalException.class);
    }

    @Test
    void emptyBodiedMessages() throws IOException {
        assertThat(decode(frame('1'))).isSameAs(ParseComplete.INSTANCE);
        assertThat(decode(frame('2'))).isSameAs(BindComplete.INSTANCE);
        assertThat(decode(frame('3'))).isSameAs(CloseComplete.INSTANCE);
        assertThat(decode(frame('n'))).isSameAs(NoData.INSTANCE);
        assertThat(decode(frame('s'))).isSameAs(PortalSuspended.INSTANCE);
        assertThat(decode(frame('I'))).isSameAs(EmptyQueryResponse.INSTANCE);
        assertThat(decode(frame('c'))).isSameAs(CopyDone.INSTANCE);
        assertThatThrownBy(() -> decode(frame('1', (byte) 0))).isInstanceOf(InternalException.class)
                .hasMessageContaining("ParseComplete").hasMessageContaining("unexpected bytes");
    }

    @Test
    void commandComplete() throws IOException {
        CommandComplete c = (CommandComplete) decode(frame('C', "INSERT 0 3"));
        assertThat(c.rows()).isEqualTo(3);
        assertThat(c.command()).isEqualTo("INSERT");
        assertThat(c.insertOid()).isZero();
        assertThat(new CommandComplete("INSERT 16384 1").insertOid()).isEqualTo(16384);
        assertThat(new CommandComplete("CREATE TABLE").rows()).isEqualTo(-1);
        assertThat(new CommandComplete("SELECT 5").rows()).isEqualTo(5);
    }

    @Test
    void rowDescriptionAndDataRow() throws IOException {
        RowDescription d = (RowDescription) decode(frame('T', (short) 1, "a", 0, (short) 0, 23, (short) 4, -1, (short) 0));
        assertThat(d.fields()).containsExactly(new RowDescription.Field("a", 0, 0, 23, 4, -1, 0));
        DataRow r = (DataRow) decode(frame('D', (short) 3, 1, new byte[] {'7'}, -1, 0));
        assertThat(r.size()).isEqualTo(3);
        assertThat(StandardCharsets.UTF_8.decode(r.value(0)).toString()).isEqualTo("7");
        assertThat(r.isNull(1)).isTrue();
        assertThat(r.value(1)).isNull();
        assertThat(r.value(2).remaining()).isZero();
        assertThatThrownBy(() -> decode(frame('D', (short) 1, 5, new byte[] {1})))
                .isInstanceOf(InternalException.class).hasMessageContaining("DataRow").hasMessageContaining("column value");
        assertThatThrownBy(() -> decode(frame('T', (short) 1, "a")))
                .isInstanceOf(InternalException.class).hasMessageContaining("RowDescription").hasMessageContaining("table oid");
    }

    @Test
    void errorAndNoticeFields() throws IOException {
        ErrorResponse e = (ErrorResponse) decode(frame('E', (byte) 'S', "ERROR", (byte) 'V', "ERROR",
                (byte) 'C', "42P01", (byte) 'M', "no table", (byte) 't', "x", (byte) 0));
        assertThat(e.fields().severity()).isEqualTo("ERROR");
        assertThat(e.fields().sqlState()).isEqualTo("42P01");
        assertThat(e.fields().message()).isEqualTo("no table");
        assertThat(e.fields().get('t')).isEqualTo("x");
        NoticeResponse n = (NoticeResponse) decode(frame('N', (byte) 'S', "NOTICE", (byte) 'M', "hi", (byte) 0));
        assertThat(n.fields().severity()).isEqualTo("NOTICE");
        assertThatThrownBy(() -> decode(frame('E', (byte) 'S', "ERROR")))
                .isInstanceOf(InternalException.class).hasMessageContaining("ErrorResponse");
    }

    @Test
    void statusMessages() throws IOException {
        assertThat(decode(frame('S', "server_version", "15.4"))).isEqualTo(new ParameterStatus("server_version", "15.4"));
        assertThat(decode(frame('Z', (byte) 'T'))).isEqualTo(new ReadyForQuery('T'));
        assertThatThrownBy(() -> decode(frame('Z', (byte) 'Q'))).isInstanceOf(InternalException.class)
                .hasMessageContaining("transaction status");
        assertThat(decode(frame('A', 5, "ch", "payload"))).isEqualTo(new NotificationResponse(5, "ch", "payload"));
        assertThat(decode(frame('v', 0, 1, "_pq_.x"))).isEqualTo(new NegotiateProtocolVersion(0, List.of("_pq_.x")));
        assertThat(decode(frame('v', 196608, 0))).isEqualTo(new NegotiateProtocolVersion(0, List.of()));
        assertThat(((ParameterDescription) decode(frame('t', (short) 2, 23, 25))).typeOids()).containsExactly(23, 25);
    }

    @Test
    void copyResponses() throws IOException {
        CopyOutResponse c = (CopyOutResponse) decode(frame('H', (byte) 0, (short) 2, (short) 0, (short) 0));
        assertThat(c.columnFormats()).containsExactly(0, 0);
        assertThat(decode(frame('G', (byte) 0, (short) 0))).isInstanceOf(CopyInResponse.class);
        assertThat(decode(frame('W', (byte) 0, (short) 0))).isInstanceOf(CopyBothResponse.class);
        assertThat(((CopyData) decode(frame('d', new byte[] {1, 2}))).data()).containsExactly(1, 2);
    }

    @Test
    void refusesUnknownTypesBadLengthsAndTruncation() {
        assertThatThrownBy(() -> decode(new byte[] {'?', 0, 0, 0, 4}))
                .isInstanceOf(InternalException.class).hasMessageContaining("unknown message type 0x3F");
        assertThatThrownBy(() -> decode(new byte[] {'Z', 0, 0, 0, 2}))
                .isInstanceOf(InternalException.class).hasMessageContaining("ReadyForQuery").hasMessageContaining("minimum");
        assertThatThrownBy(() -> decode(new byte[] {'Z', 0x7f, 0, 0, 0}))
                .isInstanceOf(InternalException.class).hasMessageContaining("exceeds the limit");
        assertThatThrownBy(() -> decode(new byte[] {'C', 0, 0, 0, 20, 'S'}))
                .isInstanceOf(EOFException.class).hasMessageContaining("CommandComplete");
        assertThatThrownBy(() -> decode(new byte[0])).isInstanceOf(EOFException.class);
    }

    @Test
    void readsConsecutiveMessagesReusingTheBuffer() throws IOException {
        ByteSink all = new ByteSink();
        all.writeBytes(frame('S', "a", "1"));
        all.writeBytes(frame('D', (short) 1, 1, new byte[] {'x'}));
        all.writeBytes(frame('S', "b", "2"));
        BackendReader reader = new BackendReader(new ByteArrayInputStream(all.toByteArray()));
        assertThat(reader.read()).isEqualTo(new ParameterStatus("a", "1"));
        DataRow row = (DataRow) reader.read();
        assertThat(reader.read()).isEqualTo(new ParameterStatus("b", "2"));
        assertThat(row.value(0).get()).isEqualTo((byte) 'x');
    }
}
