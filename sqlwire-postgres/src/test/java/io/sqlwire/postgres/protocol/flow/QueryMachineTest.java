package io.sqlwire.postgres.protocol.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.InternalException;
import io.sqlwire.postgres.protocol.message.backend.BackendMessage;
import io.sqlwire.postgres.protocol.message.backend.BindComplete;
import io.sqlwire.postgres.protocol.message.backend.CommandComplete;
import io.sqlwire.postgres.protocol.message.backend.CopyInResponse;
import io.sqlwire.postgres.protocol.message.backend.DataRow;
import io.sqlwire.postgres.protocol.message.backend.ErrorResponse;
import io.sqlwire.postgres.protocol.message.backend.NoData;
import io.sqlwire.postgres.protocol.message.backend.NoticeFields;
import io.sqlwire.postgres.protocol.message.backend.ParameterDescription;
import io.sqlwire.postgres.protocol.message.backend.ParameterStatus;
import io.sqlwire.postgres.protocol.message.backend.ParseComplete;
import io.sqlwire.postgres.protocol.message.backend.PortalSuspended;
import io.sqlwire.postgres.protocol.message.backend.ReadyForQuery;
import io.sqlwire.postgres.protocol.message.backend.RowDescription;
import io.sqlwire.postgres.protocol.message.frontend.Bind;
import io.sqlwire.postgres.protocol.message.frontend.Close;
import io.sqlwire.postgres.protocol.message.frontend.CopyFail;
import io.sqlwire.postgres.protocol.message.frontend.Describe;
import io.sqlwire.postgres.protocol.message.frontend.Execute;
import io.sqlwire.postgres.protocol.message.frontend.FrontendMessage;
import io.sqlwire.postgres.protocol.message.frontend.Parse;
import io.sqlwire.postgres.protocol.message.frontend.Query;
import io.sqlwire.postgres.protocol.message.frontend.Sync;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Recorded message sequences fed to the I/O-free query machine; no network. */
class QueryMachineTest {
    final ServerParameters params = new ServerParameters();
    final QueryMachine m = new QueryMachine(params, 2, 2, oid -> oid == 23);

    static final RowDescription ONE_INT = new RowDescription(List.of(new RowDescription.Field("n", 0, 0, 23, 4, -1, 0)));

    static DataRow row(String v) {
        byte[] b = v.getBytes();
        byte[] body = new byte[6 + b.length];
        body[1] = 1;
        body[5] = (byte) b.length;
        System.arraycopy(b, 0, body, 6, b.length);
        return new DataRow(body, new int[] {6}, new int[] {b.length});
    }

    static Request.Extended select(String sql, byte[]... values) {
        return new Request.Extended(sql, new int[values.length], List.<byte[][]>of(values), new int[values.length],
                new int[0], "", 0);
    }

    List<QueryEvent> feed(BackendMessage... messages) {
        List<QueryEvent> events = new ArrayList<>();
        for (BackendMessage b : messages) {
            QueryEvent e = m.handle(b).event();
            if (!(e instanceof QueryEvent.Progress)) {
                events.add(e);
            }
        }
        return events;
    }

    static List<Class<?>> types(List<?> xs) {
        return xs.stream().<Class<?>>map(Object::getClass).toList();
    }

    @Test
    void simpleQueryWithSeveralResults() {
        assertThat(m.submit(new Request.SimpleQuery("select 1; update t set x = 1"))).containsExactly(
                new Query("select 1; update t set x = 1"));
        List<QueryEvent> events = feed(ONE_INT, row("1"), new CommandComplete("SELECT 1"),
                new CommandComplete("UPDATE 3"), new ReadyForQuery('T'));
        assertThat(types(events)).containsExactly(QueryEvent.Columns.class, QueryEvent.Row.class,
                QueryEvent.Complete.class, QueryEvent.Complete.class, QueryEvent.Ready.class);
        assertThat(params.transactionStatus()).isEqualTo('T');
        assertThat(m.inFlight()).isZero();
    }

    @Test
    void extendedQueryUsesTheUnnamedStatementUntilTheThreshold() {
        List<FrontendMessage> first = m.submit(select("select $1", new byte[] {'1'}));
        assertThat(types(first)).containsExactly(Parse.class, Bind.class, Describe.class, Execute.class, Sync.class);
        assertThat(((Parse) first.get(0)).name()).isEmpty();
        feed(ParseComplete.INSTANCE, BindComplete.INSTANCE, ONE_INT, row("1"), new CommandComplete("SELECT 1"),
                new ReadyForQuery('I'));
        List<FrontendMessage> second = m.submit(select("select $1", new byte[] {'2'}));
        String name = ((Parse) second.get(0)).name();
        assertThat(name).startsWith("sqlwire_");
        assertThat(second.get(1)).isEqualTo(Describe.statement(name));
        assertThat(((Bind) second.get(2)).statement()).isEqualTo(name);
        // the statement's own description is kept, not reported as a result
        List<QueryEvent> events = feed(ParseComplete.INSTANCE, new ParameterDescription(new int[] {23}), ONE_INT,
                BindComplete.INSTANCE, ONE_INT, new CommandComplete("SELECT 0"), new ReadyForQuery('I'));
        assertThat(types(events)).containsExactly(QueryEvent.Columns.class, QueryEvent.Complete.class,
                QueryEvent.Ready.class);
        List<FrontendMessage> third = m.submit(select("select $1", new byte[] {'3'}));
        assertThat(types(third)).containsExactly(Bind.class, Describe.class, Execute.class, Sync.class);
        assertThat(((Bind) third.get(0)).statement()).isEqualTo(name);
        // int4 has a binary decoder: the named statement now asks for it in binary
        assertThat(((Bind) third.get(0)).resultFormats()).containsExactly(1);
    }

    @Test
    void aStaleNamedStatementIsDroppedAndClosedWithTheNextRequest() {
        for (int i = 0; i < 2; i++) {
            m.submit(select("select 1"));
            feed(ParseComplete.INSTANCE, BindComplete.INSTANCE, NoData.INSTANCE, new CommandComplete("SELECT 1"),
                    new ReadyForQuery('I'));
        }
        // the second run parsed a named statement and described it; the description came as NoData above
        m.submit(select("select 1"));
        NoticeFields stale = new NoticeFields(Map.of('S', "ERROR", 'C', "0A000",
                'M', "cached plan must not change result type"));
        List<QueryEvent> events = feed(new ErrorResponse(stale), new ReadyForQuery('I'));
        assertThat(((QueryEvent.Failed) events.get(0)).statementInvalidated()).isTrue();
        List<FrontendMessage> retry = m.submit(select("select 1"));
        assertThat(retry.get(0)).isEqualTo(Close.statement("sqlwire_1"));
        assertThat(((Parse) retry.get(1)).name()).isEmpty();
    }

    @Test
    void executemanySendsEveryBindAndExecuteWithOneSync() {
        Request.Extended many = new Request.Extended("insert into t values ($1)", new int[1],
                List.of(new byte[][] {{'1'}}, new byte[][] {{'2'}}, new byte[][] {{'3'}}), new int[1], new int[0], "", 0);
        List<FrontendMessage> out = m.submit(many);
        assertThat(out.stream().filter(x -> x instanceof Sync)).hasSize(1);
        assertThat(out.stream().filter(x -> x instanceof Execute)).hasSize(3);
        assertThat(out.stream().filter(x -> x instanceof Describe)).hasSize(1);
    }

    @Test
    void severalRequestsQueueBeforeAnyAnswer() {
        m.submit(new Request.SimpleQuery("BEGIN"));
        m.submit(select("select 1"));
        assertThat(m.inFlight()).isEqualTo(2);
        feed(new CommandComplete("BEGIN"), new ReadyForQuery('T'));
        assertThat(m.inFlight()).isEqualTo(1);
        List<QueryEvent> events = feed(ParseComplete.INSTANCE, BindComplete.INSTANCE, ONE_INT, row("1"),
                new CommandComplete("SELECT 1"), new ReadyForQuery('T'));
        assertThat(events).hasSize(4);
        assertThat(m.inFlight()).isZero();
    }

    @Test
    void portalStreamingSuspendsAndContinues() {
        m.submit(new Request.Extended("select n", new int[0], List.<byte[][]>of(new byte[0][]), new int[0], new int[0],
                "p1", 1));
        List<QueryEvent> first = feed(ParseComplete.INSTANCE, BindComplete.INSTANCE, ONE_INT, row("1"),
                PortalSuspended.INSTANCE, new ReadyForQuery('T'));
        assertThat(first.get(2)).isInstanceOf(QueryEvent.Suspended.class);
        assertThat(m.submit(new Request.FetchPortal("p1", 1))).containsExactly(new Execute("p1", 1), new Sync());
        // rows of a continued portal come without a new RowDescription
        List<QueryEvent> next = feed(new ParameterStatus("x", "y"), row("2"), new CommandComplete("SELECT 2"),
                new ReadyForQuery('T'));
        assertThat(types(next)).containsExactly(QueryEvent.Row.class, QueryEvent.Complete.class, QueryEvent.Ready.class);
        assertThat(params.get("x")).isEqualTo("y");
    }

    @Test
    void errorsSkipToReadyForQueryAndNoticesPassAnywhere() {
        m.submit(select("selec"));
        NoticeFields err = new NoticeFields(Map.of('S', "ERROR", 'C', "42601", 'M', "syntax error"));
        NoticeFields note = new NoticeFields(Map.of('S', "NOTICE", 'M', "hi"));
        List<QueryEvent> events = feed(new io.sqlwire.postgres.protocol.message.backend.NoticeResponse(note),
                new ErrorResponse(err), new ReadyForQuery('I'));
        assertThat(types(events)).containsExactly(QueryEvent.Notice.class, QueryEvent.Failed.class,
                QueryEvent.Ready.class);
    }

    @Test
    void copyInIsRefusedWithCopyFail() {
        m.submit(new Request.SimpleQuery("copy t from stdin"));
        QueryMachine.Outcome o = m.handle(new CopyInResponse(0, new int[0]));
        assertThat(o.send()).hasSize(1).first().isInstanceOf(CopyFail.class);
    }

    @Test
    void messagesWithoutARequestAreViolations() {
        assertThatThrownBy(() -> m.handle(new ReadyForQuery('I'))).isInstanceOf(InternalException.class)
                .hasMessageContaining("no request in flight");
        assertThatThrownBy(() -> m.handle(row("1"))).isInstanceOf(InternalException.class);
    }

    @Test
    void leastRecentlyUsedStatementsAreEvictedAndClosed() {
        List<FrontendMessage> sent = new ArrayList<>();
        for (String sql : List.of("a", "a", "b", "b", "c", "c")) {
            sent.addAll(m.submit(select(sql)));
            feed(ParseComplete.INSTANCE, BindComplete.INSTANCE, NoData.INSTANCE, new CommandComplete("SELECT 0"),
                    new ReadyForQuery('I'));
        }
        // "c" pushed "a" out of the two-entry cache: its statement was closed in the same request
        assertThat(sent).contains(Close.statement("sqlwire_1")).doesNotContain(Close.statement("sqlwire_2"));
        assertThat(m.cachedStatements()).isEqualTo(2);
        assertThat(m.submit(select("d")).get(0)).isEqualTo(Close.statement("sqlwire_2"));
    }
}
