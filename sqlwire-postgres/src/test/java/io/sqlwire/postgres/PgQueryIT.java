package io.sqlwire.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlwire.ConnectOptions;
import io.sqlwire.Connection;
import io.sqlwire.Cursor;
import io.sqlwire.IntegrityException;
import io.sqlwire.InterfaceException;
import io.sqlwire.IsolationLevel;
import io.sqlwire.Row;
import io.sqlwire.Transaction;
import io.sqlwire.TransactionOptions;
import io.sqlwire.Warning;
import io.sqlwire.testkit.Harness;
import io.sqlwire.testkit.RequiresHarness;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** PostgreSQL-specific query behaviour against the harness primary. */
@RequiresHarness
@Timeout(60)
class PgQueryIT {
    static final Harness H = Harness.current();
    final List<Connection> open = new ArrayList<>();

    PgConnection connect(String extra) {
        Connection c = new PgDriver().connect(ConnectOptions.parse(H.pgUri("test", "test", "test",
                "sslmode=disable" + extra)));
        open.add(c);
        return (PgConnection) c;
    }

    @AfterEach
    void closeAll() {
        open.forEach(Connection::close);
    }

    @Test
    void multiStatementStringsGiveSeveralResults() {
        PgConnection c = connect("&autocommit=true");
        try (Cursor cur = c.cursor()) {
            cur.execute("select 1 as a; select 'x' as b, 2 as c; create temp table t_multi (k int); insert into t_multi values (1), (2)");
            assertThat(cur.description()).extracting(io.sqlwire.Column::name).containsExactly("a");
            assertThat(cur.fetchone().get(0)).isEqualTo(1);
            assertThat(cur.nextset()).isTrue();
            assertThat(cur.fetchall()).hasSize(1);
            assertThat(cur.nextset()).isTrue();
            assertThat(cur.description()).isEmpty();
            assertThat(cur.nextset()).isTrue();
            assertThat(cur.rowcount()).isEqualTo(2);
            assertThat(cur.nextset()).isFalse();
        }
    }

    @Test
    void statementsArePreparedAfterTheThresholdAndRepreparedWhenStale() {
        PgConnection c = connect("&autocommit=true&prepare_threshold=2");
        c.execute("create temp table t_prep (a int, b text)");
        c.execute("insert into t_prep values (1, 'x')");
        for (int i = 0; i < 3; i++) {
            assertThat(c.queryOne("select * from t_prep where a = ?", 1).size()).isEqualTo(2);
        }
        assertThat(c.queryOne("select count(*) from pg_prepared_statements where name like 'sqlwire_%'")
                .get(0, Long.class)).isPositive();
        c.execute("alter table t_prep add column c int");
        // "cached plan must not change result type": dropped and prepared again, once
        assertThat(c.queryOne("select * from t_prep where a = ?", 1).size()).isEqualTo(3);
    }

    @Test
    void aStaleStatementIsRepreparedAlsoWhenItsCallBeganTheTransaction() {
        PgConnection c = connect("&prepare_threshold=1");
        c.execute("create table if not exists t_prep2 (a int, b text)");
        c.commit();
        try {
            for (int i = 0; i < 2; i++) {
                assertThat(c.queryOne("select * from t_prep2 where a = ?", 1)).isNull();
                c.commit();
            }
            c.execute("alter table t_prep2 add column c int");
            c.commit();
            assertThat(c.query("select * from t_prep2 where a = ?", 1)).isEmpty();
            assertThat(c.cursor().execute("select * from t_prep2 where a = ?", 1).description()).hasSize(3);
            assertThat(c.transactionStatus()).isEqualTo('T');
        } finally {
            c.rollback();
            c.execute("drop table t_prep2");
            c.commit();
        }
    }

    @Test
    void namedStatementsReadBinaryResultsThatEqualTheTextOnes() {
        PgConnection c = connect("&autocommit=true&prepare_threshold=2");
        String sql = "select 1::int2, 2::int4, 3::int8, 1.5::float8, 12.345::numeric, true, 'x'::text,"
                + " date '2024-02-29', timestamp '2024-01-02 03:04:05.123456', timestamptz '2024-01-02 03:04:05+02',"
                + " '123e4567-e89b-12d3-a456-426614174000'::uuid, '\\x00ff'::bytea, array[1, null, 3], null::int4, ?::text";
        List<List<Object>> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Row r = c.queryOne(sql, "p");
            List<Object> values = new ArrayList<>();
            for (int k = 0; k < r.size(); k++) {
                Object v = r.get(k);
                values.add(v instanceof byte[] b ? java.util.HexFormat.of().formatHex(b)
                        : v instanceof Object[] a ? java.util.Arrays.asList(a) : v);
            }
            runs.add(values);
        }
        assertThat(runs.get(1)).isEqualTo(runs.get(0));
        assertThat(runs.get(2)).isEqualTo(runs.get(0));
        assertThat(runs.get(0).get(4)).isEqualTo(new java.math.BigDecimal("12.345"));
    }

    @Test
    void streamingFetchesOneBatchPerRoundTripInsideATransaction() {
        PgConnection c = connect("&fetch_size=10");
        try (Cursor cur = c.cursor()) {
            cur.execute("select g from generate_series(1, 35) g where g > ?", 0);
            assertThat(cur.rowcount()).isEqualTo(-1);
            assertThat(cur.fetchmany(5)).hasSize(5);
            // this cursor's portal, and the one of the counting query itself (it streams too)
            assertThat(c.queryOne("select count(*) from pg_cursors where name like 'sqlwire_portal_%'")
                    .get(0, Long.class)).isEqualTo(2);
            List<Integer> rest = new ArrayList<>();
            for (Row r : cur) {
                rest.add(r.get(0, Integer.class));
            }
            assertThat(rest).hasSize(30).startsWith(6).endsWith(35);
            assertThat(cur.rowcount()).isEqualTo(35);
        }
        c.rollback();
    }

    @Test
    void executemanyAndBinaryParameters() {
        PgConnection c = connect("&autocommit=true");
        c.execute("create temp table t_many (k int, b bytea)");
        try (Cursor cur = c.cursor()) {
            cur.executemany("insert into t_many values (?, ?)", List.of(new Object[] {1, new byte[] {0, 1, (byte) 255}},
                    new Object[] {2, null}, new Object[] {3, new byte[0]}));
            assertThat(cur.rowcount()).isEqualTo(3);
            assertThat(cur.lastrowid()).isNull();
        }
        assertThat(c.queryOne("select b from t_many where k = $1", 1).get(0)).isEqualTo(new byte[] {0, 1, (byte) 255});
    }

    @Test
    void errorFieldsAndNotices() {
        PgConnection c = connect("&autocommit=true");
        c.execute("create temp table t_err (k int constraint t_err_pk primary key)");
        c.execute("insert into t_err values (1)");
        assertThatThrownBy(() -> c.execute("insert into t_err values (1)"))
                .isInstanceOf(IntegrityException.class)
                .hasMessageContaining("duplicate key").hasMessageContaining("DETAIL")
                .satisfies(e -> {
                    PgServerError p = PgServerError.of(e).orElseThrow();
                    assertThat(p.constraint()).isEqualTo("t_err_pk");
                    assertThat(p.table()).isEqualTo("t_err");
                    assertThat(p.severity()).isEqualTo("ERROR");
                    assertThat(p.detail()).contains("already exists");
                });
        List<Warning> heard = new ArrayList<>();
        c.setNoticeListener(heard::add);
        c.execute("do $$ begin raise notice 'hello %', 42; end $$");
        assertThat(c.warnings()).extracting(Warning::message).containsExactly("hello 42");
        assertThat(heard).extracting(Warning::level).containsExactly("NOTICE");
    }

    @Test
    void transactionOptionsAndImplicitBegin() {
        PgConnection c = connect("");
        c.execute("select 1");
        assertThat(c.transactionStatus()).isEqualTo('T');
        c.rollback();
        try (Transaction tx = c.transaction(TransactionOptions.isolation(IsolationLevel.SERIALIZABLE)
                .withReadOnly(true).withDeferrable(true))) {
            assertThat(c.queryOne("show transaction_isolation").get(0)).isEqualTo("serializable");
            assertThat(c.queryOne("show transaction_deferrable").get(0)).isEqualTo("on");
            assertThatThrownBy(c::reconnect).isInstanceOf(InterfaceException.class).hasMessageContaining("transaction");
            tx.commit();
        }
        c.ping();
    }

    @Test
    void sessionSwaps() {
        PgConnection c = connect("&autocommit=true");
        int pid = c.backendPid();
        c.reconnect();
        assertThat(c.backendPid()).isNotEqualTo(pid);
        c.changeUser("scram_user", "scram_pw", null);
        assertThat(c.queryOne("select current_user").get(0)).isEqualTo("scram_user");
        assertThat(c.user()).isEqualTo("scram_user");
        int before = c.backendPid();
        assertThatThrownBy(() -> c.changeUser("scram_user", "wrong", null)).isInstanceOf(io.sqlwire.OperationalException.class);
        assertThat(c.backendPid()).isEqualTo(before);
        assertThat(c.queryOne("select 1").get(0)).isEqualTo(1);
        c.selectDatabase("postgres");
        assertThat(c.queryOne("select current_database()").get(0)).isEqualTo("postgres");
        assertThat(c.database()).isEqualTo("postgres");
    }

    @Test
    void cancelFromAnotherThreadAndStatementTimeout() throws Exception {
        PgConnection c = connect("&autocommit=true");
        Thread t = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(300);
                c.cancel();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThatThrownBy(() -> c.execute("select pg_sleep(20)"))
                .isInstanceOf(io.sqlwire.DatabaseException.class)
                .extracting(e -> ((io.sqlwire.SqlwireException) e).sqlState()).isEqualTo("57014");
        t.join();
        assertThat(c.queryOne("select 1").get(0)).isEqualTo(1);
        PgConnection timed = connect("&autocommit=true&statement_timeout=1");
        assertThatThrownBy(() -> timed.execute("select pg_sleep(20)"))
                .isInstanceOf(io.sqlwire.OperationalException.class).hasMessageContaining("statement_timeout")
                .satisfies(e -> assertThat(((io.sqlwire.SqlwireException) e).isTransient()).isTrue());
        assertThat(timed.queryOne("select 2").get(0)).isEqualTo(2);
        PgConnection tls = (PgConnection) new PgDriver().connect(ConnectOptions.parse(H.pgUri("test", "test", "test",
                "sslmode=verify-full&sslrootcert=" + H.caCert())));
        open.add(tls);
        Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(300);
                tls.cancel();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThatThrownBy(() -> tls.execute("select pg_sleep(20)"))
                .extracting(e -> ((io.sqlwire.SqlwireException) e).sqlState()).isEqualTo("57014");
    }

    @Test
    void listenNotify() {
        PgConnection listener = connect("&autocommit=true");
        PgConnection sender = connect("&autocommit=true");
        listener.execute("listen sqlwire_it");
        assertThat(listener.notifications(java.time.Duration.ofMillis(200))).isNull();
        sender.execute("select pg_notify('sqlwire_it', 'one')");
        PgNotification n = listener.notifications(java.time.Duration.ofSeconds(10));
        assertThat(n.channel()).isEqualTo("sqlwire_it");
        assertThat(n.payload()).isEqualTo("one");
        assertThat(n.processId()).isEqualTo(sender.backendPid());
        sender.execute("notify sqlwire_it, 'two'");
        listener.execute("select 1"); // the notification arrives with this statement's answer
        assertThat(listener.notifications(java.time.Duration.ZERO).payload()).isEqualTo("two");
        List<PgNotification> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        listener.setNotificationListener(heard::add);
        sender.execute("notify sqlwire_it, 'three'");
        assertThat(listener.notifications(java.time.Duration.ofMillis(500))).isNull();
        assertThat(heard).extracting(PgNotification::payload).containsExactly("three");
        assertThat(listener.queryOne("select 1").get(0)).isEqualTo(1);
    }

    @Test
    void copyInAndOut() {
        PgConnection c = connect("&autocommit=true");
        c.execute("create temp table t_copy (k int, s text)");
        byte[] data = "1\tone\n2\ttwo\n3\t\\N\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(c.copyIn("copy t_copy from stdin", new java.io.ByteArrayInputStream(data))).isEqualTo(3);
        assertThat(c.queryOne("select count(*) from t_copy where s is null").get(0, Long.class)).isEqualTo(1);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        assertThat(c.copyOut("copy (select * from t_copy order by k) to stdout with (format csv)", out)).isEqualTo(3);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("1,one\n2,two\n3,\n");
        List<String> rows = new ArrayList<>();
        c.copyOutRows("copy t_copy to stdout", b -> rows.add(new String(b, java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(rows).hasSize(3);
        java.io.InputStream failing = new java.io.InputStream() {
            @Override
            public int read() throws java.io.IOException {
                throw new java.io.IOException("disk gone");
            }
        };
        assertThatThrownBy(() -> c.copyIn("copy t_copy from stdin", failing))
                .isInstanceOf(io.sqlwire.DatabaseException.class).hasMessageContaining("disk gone");
        // COPY FROM STDIN through a cursor has no data source: refused, and the session goes on
        assertThatThrownBy(() -> c.execute("copy t_copy from stdin")).isInstanceOf(io.sqlwire.DatabaseException.class);
        assertThat(c.queryOne("select count(*) from t_copy").get(0, Long.class)).isEqualTo(3);
    }

    @Test
    void literalsFollowStandardConformingStrings() {
        PgConnection c = connect("&autocommit=true");
        assertThat(c.literal("a\\b'c")).isEqualTo("'a\\b''c'");
        c.execute("set standard_conforming_strings = off");
        assertThat(c.literal("a\\b'c")).isEqualTo("E'a\\\\b''c'");
        assertThat(c.queryOne("select " + c.literal("a\\b'c")).get(0)).isEqualTo("a\\b'c");
        assertThat(c.escapeString("x\\y")).isEqualTo("x\\\\y");
    }
}
